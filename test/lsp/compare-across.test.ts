// Compare mode of a strategy across files, over stdio: `strategy/compare` answers `needs` (the paths
// composing the base asked for) until the client has read them at the revision, then compares the
// whole strategy on both sides. The client's side is the extension's own code (compareInRounds and
// readPaths), over a fake `git show` of the revision. An owner edited in a part (unsaved) is that one
// change, whichever file of the strategy is compared; a conversation moved to another part is none;
// a part added since brings its conversation `added`; a one-file strategy takes one round trip.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readPaths } from '../../client/src/git/show';
import { compareInRounds } from '../../client/src/preview/compareRounds';
import { CompareRequest, type CompareBase, type CompareResult } from '../../server/src/protocol';
import { LspHarness, positionOf, ROOT } from './harness';
import { uriIn, writeWorkspace, type Files } from './workspaceFixture';

const SAMPLE = path.join(ROOT, 'samples', 'contoso');
const MEDIA = 'strategy/conversations/media.strategy.yaml';
const SOCIAL = 'strategy/social.strategy.yaml';

/** samples/contoso under `strategy/` of a repository, with a README beside it. */
function contoso(): Files {
  const out: Files = { 'README.md': 'Strategy of Contoso\n' };
  for (const e of fs.readdirSync(SAMPLE, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = path.relative(SAMPLE, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    out[`strategy/${rel}`] = fs.readFileSync(path.join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

/** `git show HEAD:PATH` of a revision whose files are `tree`: a file's text, a folder's listing, or a refusal. */
function gitShow(tree: Files): (p: string) => Promise<string> {
  return async (p) => {
    if (tree[p] !== undefined) return tree[p];
    const prefix = p === '' ? '' : `${p}/`;
    const names = new Set<string>();
    for (const f of Object.keys(tree)) {
      if (!f.startsWith(prefix)) continue;
      const rest = f.slice(prefix.length);
      names.add(rest.includes('/') ? `${rest.split('/')[0]}/` : rest);
    }
    if (!names.size) throw new Error(`fatal: path '${p}' does not exist in 'HEAD'`);
    return `tree HEAD:${p}\n\n${[...names].sort().join('\n')}\n`;
  };
}

describe('strategy/compare of a strategy across files', { timeout: 60_000 }, () => {
  let h: LspHarness;
  let edited: string;
  let moved: string;
  before(async () => {
    edited = writeWorkspace(contoso());
    const m = contoso();
    const innovation = m['strategy/conversations/innovation.strategy.yaml'];
    m['strategy/conversations/networking.strategy.yaml'] += innovation.slice(
      innovation.indexOf('  social-innovation:'),
    );
    delete m['strategy/conversations/innovation.strategy.yaml'];
    moved = writeWorkspace(m);
    h = await LspHarness.start({ workspaceFolders: [edited, moved] });
  });
  after(async () => {
    await h?.stop();
    for (const dir of [edited, moved]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Compare mode as the extension runs it: the document's own file first, then what the server needs. */
  async function compare(dir: string, file: string, revision: Files) {
    const uri = uriIn(dir, file);
    const rounds: string[][] = [];
    const first: CompareBase =
      revision[file] === undefined
        ? { label: 'HEAD', path: file, files: [], absent: [file] }
        : { label: 'HEAD', path: file, files: [{ path: file, text: revision[file] }] };
    const { answer, base } = await compareInRounds(
      (b) => h.connection.sendRequest(CompareRequest, { textDocument: { uri }, base: b }),
      first,
      (paths) => {
        rounds.push([...paths]);
        return readPaths(gitShow(revision), 'HEAD', paths);
      },
    );
    assert.ok(answer);
    return { answer, rounds, base, uri };
  }

  const rows = (r: CompareResult) =>
    r.records.map((x) =>
      [x.kind, x.id, x.change, x.field, x.head && `${x.head.file}:${x.head.line}`].filter(Boolean).join(' '),
    );

  test('an owner edited in a part: the needs in rounds, then that one change; from the part, the root or another part', async () => {
    const revision = contoso();
    const text = revision[MEDIA];
    const uri = uriIn(edited, MEDIA);
    await h.open(uri, text);
    const at = positionOf(text, 'owner: cmo', 0, 'owner: '.length);
    const published = h.nextDiagnostics(uri, 2);
    await h.change(uri, 2, [
      { range: { start: at, end: { line: at.line, character: at.character + 3 } }, text: 'pr-lead' },
    ]);
    await published;

    const { answer, rounds, base } = await compare(edited, MEDIA, revision);
    assert.deepEqual(rounds, [
      [SOCIAL],
      ['strategy/conversations'],
      [
        'strategy/conversations/innovation.strategy.yaml',
        'strategy/conversations/liability.strategy.yaml',
        'strategy/conversations/networking.strategy.yaml',
        'strategy/conversations/support.strategy.yaml',
        'strategy/conversations/technologies.strategy.yaml',
      ],
    ]);
    assert.equal(base.files.length, 7);
    assert.equal(answer.version, 2);
    const conversation = positionOf(text, 'social-media:').line;
    const changes = [
      `conversation social-media changed owner ${MEDIA}:${at.line}`,
      `participant cmo removed ${MEDIA}:${conversation}`,
    ];
    assert.deepEqual(rows(answer), changes);
    assert.equal(answer.root, uriIn(edited, SOCIAL), 'data-file is relative to the root');
    assert.match(
      answer.body,
      new RegExp(
        `<li class="change change-changed neutral" data-line="${at.line}" data-file="conversations/media.strategy.yaml"`,
      ),
    );
    assert.equal((answer.body.match(/<article class="card conv[ "]/g) ?? []).length, 6, 'the whole strategy');
    assert.deepEqual(
      [...answer.body.matchAll(/<article class="card conv (changed|added|removed)"[^>]* data-id="([^"]+)"/g)].map(
        (m) => `${m[2]} ${m[1]}`,
      ),
      ['social-media changed'],
    );

    // The same change seen from the root and from another part (open or not, the editor's text counts).
    for (const other of [SOCIAL, 'strategy/conversations/support.strategy.yaml']) {
      await h.open(uriIn(edited, other), revision[other]);
      assert.deepEqual(rows((await compare(edited, other, revision)).answer), changes, other);
    }
  });

  test('a conversation moved to another part is no change; a part added since brings its conversation, added', async () => {
    const revision = contoso();
    const networking = 'strategy/conversations/networking.strategy.yaml';
    await h.open(uriIn(moved, networking), fs.readFileSync(path.join(moved, networking), 'utf8'));
    const same = await compare(moved, networking, revision);
    assert.deepEqual(same.answer.records, []);
    assert.match(same.answer.body, /No changes since HEAD\./);

    const support = 'strategy/conversations/support.strategy.yaml';
    delete revision[support];
    await h.open(uriIn(moved, support), fs.readFileSync(path.join(moved, support), 'utf8'));
    const added = await compare(moved, support, revision);
    assert.equal(added.rounds[0][0], SOCIAL, 'the new part is not at the revision: its root is looked up there');
    const conversations = rows(added.answer).filter((r) => r.startsWith('conversation'));
    assert.deepEqual(conversations, [`conversation social-support added ${support}:3`]);
    assert.match(added.answer.body, /<article class="card conv added"[^>]* data-id="social-support"/);
  });

  test('a one-file strategy: one round trip, its own text against the revision', async () => {
    const draft = fs.readFileSync(path.join(ROOT, 'samples', 'draft.strategy.yaml'), 'utf8');
    const file = 'strategy/draft.strategy.yaml';
    fs.writeFileSync(path.join(edited, file), draft);
    await h.open(uriIn(edited, file), draft.replace('owner: cmo', 'owner: pr-lead'));
    const { answer, rounds } = await compare(edited, file, { [file]: draft });
    assert.deepEqual(rounds, []);
    assert.ok(rows(answer).some((r) => r.startsWith(`conversation social-media changed owner ${file}:`)));
    assert.equal(answer.root, undefined);
  });
});
