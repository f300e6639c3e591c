// Navigation over stdio: definition, references, rename (applied and re-checked), the outline and folding.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DefinitionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  type DocumentSymbol,
  type Location,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspHarness, positionOf } from './harness';

const TEXT = `strategy: Nav Co strategy
organization: Nav Co
sponsor: cio
review: { cadence: annual, last: 2026-06-01 }
roles:
  community-manager:
    title: Community Manager
    function: marketing
conversations:
  social-media:
    owner: cmo
    participants: [pr-lead, sales-lead, community-manager, cio]
    applications:
      - id: customer-blogs
        name: Customer blogs
        owner: community-manager
        platform: wordpress
        audience: external
  social-networking:
    owner: chro
    participants: [sales-lead, coo, cio]
  social-support:
    owner: support-lead
    participants: [cio]
  social-innovation:
    owner: rnd-lead
    participants: [cio]
  social-technologies:
    owner: cio
    participants: [it-leadership]
    platforms:
      - id: wordpress
        name: WordPress.com
        owner: it-leadership
        sourcing: saas
        hosting: external
  social-liability:
    owner: general-counsel
    participants: [cso, chief-regulatory-officer, cio]
    liabilities:
      - id: blog-exposure
        title: Customer data on the blogs
        category: privacy
        owner: cso
        covers: [customer-blogs, wordpress]
        mitigations:
          - Blogger guidelines signed before onboarding
`;

/** The line of the nth occurrence of needle. */
const lineOf = (needle: string, nth = 0) => positionOf(TEXT, needle, nth).line;
const starts = (locations: Location[] | null) =>
  (locations ?? []).map((l) => `${l.range.start.line}:${l.range.start.character}`);

describe('navigation over stdio', () => {
  let h: LspHarness;
  let uri: string;
  let version = 1;
  before(async () => {
    h = await LspHarness.start();
    uri = 'untitled:nav.strategy.yaml';
    const published = await h.open(uri, TEXT);
    assert.deepEqual(published.diagnostics, [], 'the test document is clean');
  });
  after(async () => {
    await h.stop();
  });

  const at = (position: Position) => ({ textDocument: { uri }, position });

  test('definition: a declared role goes to its key under roles', async () => {
    const location = await h.connection.sendRequest(
      DefinitionRequest.type,
      at(positionOf(TEXT, 'community-manager', 1, 3)),
    );
    assert.deepEqual(location, { uri, range: { start: { line: 5, character: 2 }, end: { line: 5, character: 19 } } });
  });

  test('definition: a built-in role has no location', async () => {
    assert.equal(
      await h.connection.sendRequest(DefinitionRequest.type, at(positionOf(TEXT, 'owner: cmo', 0, 8))),
      null,
    );
  });

  test('definition: platform and covers references go to the item id', async () => {
    const target = { line: lineOf('- id: wordpress'), character: 12 };
    for (const [needle, nth] of [
      ['platform: wordpress', 0],
      ['wordpress]', 0],
    ] as const) {
      const p = positionOf(TEXT, needle, nth, needle.startsWith('platform') ? 12 : 2);
      const location = (await h.connection.sendRequest(DefinitionRequest.type, at(p))) as Location;
      assert.deepEqual(location.range.start, target, needle);
    }
  });

  test('references: every use of a role, with and without its declaration', async () => {
    const p = positionOf(TEXT, 'community-manager', 2);
    const all = await h.connection.sendRequest(ReferencesRequest.type, {
      ...at(p),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(starts(all), [
      '5:2',
      `${lineOf('participants: [pr-lead')}:40`,
      `${lineOf('owner: community-manager')}:15`,
    ]);
    const uses = await h.connection.sendRequest(ReferencesRequest.type, {
      ...at(p),
      context: { includeDeclaration: false },
    });
    assert.equal(uses?.length, 2);
  });

  test('references: every use of an entity id', async () => {
    const p = positionOf(TEXT, 'wordpress', 2, 1);
    const all = await h.connection.sendRequest(ReferencesRequest.type, {
      ...at(p),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(
      starts(all).map((s) => Number(s.split(':')[0])),
      [lineOf('platform: wordpress'), lineOf('- id: wordpress'), lineOf('covers:')],
    );
  });

  test('a built-in role cannot be renamed', async () => {
    const p = positionOf(TEXT, 'sponsor: cio', 0, 10);
    const message = 'cio is a built-in role and cannot be renamed; declare your own role instead';
    await assert.rejects(
      h.connection.sendRequest(PrepareRenameRequest.type, at(p)),
      (e: unknown) => e instanceof ResponseError && e.message === message,
    );
    await assert.rejects(
      h.connection.sendRequest(RenameRequest.type, { ...at(p), newName: 'chief-it' }),
      (e: unknown) => e instanceof ResponseError && e.message === message,
    );
  });

  test('a new name must be kebab-case', async () => {
    const p = positionOf(TEXT, 'community-manager', 1);
    await assert.rejects(
      h.connection.sendRequest(RenameRequest.type, { ...at(p), newName: 'Community Lead' }),
      (e: unknown) => e instanceof ResponseError && /kebab-case/.test(e.message),
    );
  });

  /** Renames at p, applies the edit, sends it to the server and returns the new text and its diagnostics. */
  async function renameAndRecheck(text: string, p: Position, newName: string) {
    const prepared = await h.connection.sendRequest(PrepareRenameRequest.type, at(p));
    assert.ok(prepared && 'placeholder' in prepared, 'rename is possible here');
    const edit = await h.connection.sendRequest(RenameRequest.type, { ...at(p), newName });
    const edits = edit?.changes?.[uri] ?? [];
    const next = TextDocument.applyEdits(TextDocument.create(uri, 'strategy', version, text), edits);
    const published = h.nextDiagnostics(uri, ++version);
    await h.change(uri, version, next);
    return { placeholder: prepared.placeholder, edits, text: next, diagnostics: (await published).diagnostics };
  }

  test('rename a declared role: every use changes and the file stays clean', async () => {
    const r = await renameAndRecheck(TEXT, positionOf(TEXT, 'community-manager', 2, 4), 'community-lead');
    assert.equal(r.placeholder, 'community-manager');
    assert.equal(r.edits.length, 3);
    assert.ok(!r.text.includes('community-manager'));
    assert.equal(r.text.split('community-lead').length - 1, 3);
    assert.deepEqual(r.diagnostics, []);
    const back = await renameAndRecheck(r.text, positionOf(r.text, 'community-lead'), 'community-manager');
    assert.equal(back.text, TEXT);
  });

  test('rename an entity id: the item and its platform and covers references change', async () => {
    const r = await renameAndRecheck(TEXT, positionOf(TEXT, '- id: wordpress', 0, 8), 'wordpress-com');
    assert.equal(r.edits.length, 3);
    assert.ok(r.text.includes('platform: wordpress-com') && r.text.includes('covers: [customer-blogs, wordpress-com]'));
    assert.deepEqual(r.diagnostics, []);
    await renameAndRecheck(r.text, positionOf(r.text, 'wordpress-com'), 'wordpress');
  });

  test('document symbols: the header, roles, and conversations with their items', async () => {
    const symbols = (await h.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['strategy', 'organization', 'sponsor', 'review', 'roles', 'conversations'],
    );
    const roles = symbols[4];
    assert.deepEqual(
      roles.children?.map((c) => [c.name, c.detail]),
      [['community-manager', 'Community Manager (marketing)']],
    );
    const conversations = symbols[5].children ?? [];
    assert.equal(conversations.length, 6);
    const tech = conversations.find((c) => c.name === 'social-technologies');
    assert.deepEqual(
      tech?.children?.map((c) => c.name),
      ['wordpress'],
    );
    assert.deepEqual(
      conversations.find((c) => c.name === 'social-liability')?.children?.map((c) => c.name),
      ['blog-exposure'],
    );
    for (const s of [...symbols, ...conversations]) {
      assert.ok(
        s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line,
        `${s.name}: selection inside range`,
      );
    }
  });

  test('folding: each top-level block, each conversation, each list item of several lines', async () => {
    const ranges = await h.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    const folds = new Set((ranges ?? []).map((r) => `${r.startLine}-${r.endLine}`));
    const expected = [
      [lineOf('roles:'), lineOf('function: marketing')],
      [lineOf('conversations:'), lineOf('- Blogger guidelines')],
      [lineOf('social-media:'), lineOf('audience: external')],
      [lineOf('social-networking:'), lineOf('participants: [sales-lead, coo, cio]')],
      [lineOf('- id: customer-blogs'), lineOf('audience: external')],
      [lineOf('- id: wordpress'), lineOf('hosting: external')],
    ];
    for (const [start, end] of expected)
      assert.ok(folds.has(`${start}-${end}`), `a fold ${start}-${end} in ${[...folds].join(' ')}`);
    for (const r of ranges ?? []) assert.ok(r.endLine > r.startLine);
  });
});
