// Completion, hover and quick fixes over stdio, as a third-party LSP client sees them: the core's
// results mapped to LSP items, and every quick fix applied and re-checked.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CodeActionKind,
  CodeActionRequest,
  CompletionItemKind,
  CompletionRequest,
  HoverRequest,
  InsertTextFormat,
  MarkupKind,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspHarness, positionOf } from './harness';

const TEXT = `strategy: Features Co strategy
organization: Features Co
sponsor: cio
review: { cadence: annual, last: 2026-06-01 }
roles:
  community-manager:
    title: Community Manager
    function: marketing
conversations:
  social-media:
    owner: cmo
    participants: [pr-lead, sales-lead, cio]
  social-networking:
    owner: chro
    participants: [sales-lead, coo, cio]
  social-support:
    participants: [cio]
  social-innovation:
    owner: rnd-lead
    participants: [cio]
  social-technologies:
    owner: cio
    participants: [it-leadership]
  social-liability:
    owner: gneral-counsel
    participants: [cso, chief-regulatory-officer, cio]
`;

describe('completion, hover and quick fixes over stdio', () => {
  let h: LspHarness;
  let n = 0;
  before(async () => {
    h = await LspHarness.start();
  });
  after(async () => {
    await h.stop();
  });

  /** Opens text under a fresh URI and returns it with its first diagnostics. */
  async function openFresh(text: string) {
    const uri = `untitled:features-${++n}.strategy.yaml`;
    const diagnostics = (await h.open(uri, text)).diagnostics;
    return { uri, diagnostics };
  }

  test('role completions at an owner value, with title and function', async () => {
    const text = TEXT.replace('    owner: rnd-lead\n', '    owner: \n');
    const { uri } = await openFresh(text);
    const position = positionOf(text, '    owner: \n', 0, 11);
    const result = await h.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position,
      context: { triggerKind: 2, triggerCharacter: ' ' },
    });
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    const labels = items.map((i) => i.label);
    for (const role of ['cio', 'cmo', 'rnd-lead', 'general-counsel', 'community-manager'])
      assert.ok(labels.includes(role), `${role} in ${labels.join(', ')}`);
    const cmo = items.find((i) => i.label === 'cmo')!;
    assert.equal(cmo.kind, CompletionItemKind.Constant);
    assert.match(`${cmo.detail ?? ''} ${JSON.stringify(cmo.documentation ?? '')}`, /Chief Marketing Officer/);
    assert.ok(!items.some((i) => i.label === 'social-media'), 'no conversation ids where a role goes');
  });

  test('completing a partly typed role replaces the word (textEdit)', async () => {
    const text = TEXT.replace('    owner: rnd-lead\n', '    owner: rnd\n');
    const { uri } = await openFresh(text);
    const position = positionOf(text, '    owner: rnd\n', 0, 14);
    const result = await h.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    const item = items.find((i) => i.label === 'rnd-lead');
    assert.ok(item, 'rnd-lead is offered');
    const edit = (item.textEdit as TextEdit | undefined) ?? {
      range: { start: position, end: position },
      newText: item.insertText ?? item.label,
    };
    assert.deepEqual(edit.range.start, { line: position.line, character: 11 }, 'the typed word is replaced');
    const completed = TextDocument.applyEdits(TextDocument.create(uri, 'strategy', 1, text), [edit]);
    assert.equal(completed.split('\n')[position.line], '    owner: rnd-lead');
  });

  test('snippets are marked as snippets', async () => {
    const text = TEXT.replace('  social-support:', '    \n  social-support:');
    const { uri } = await openFresh(text);
    const position = positionOf(text, '    \n  social-support:', 0, 4);
    const result = await h.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    const snippets = items.filter((i) => i.insertTextFormat === InsertTextFormat.Snippet);
    assert.ok(
      snippets.some((s) => s.label === 'goals'),
      `a goals snippet among ${items.map((i) => i.label).join(', ')}`,
    );
    assert.ok(
      snippets.every((s) => /\$\{?\d/.test(s.textEdit?.newText ?? s.insertText ?? '')),
      'snippets carry tab stops',
    );
    assert.ok(snippets.every((s) => s.kind === CompletionItemKind.Snippet || s.kind === CompletionItemKind.Property));
  });

  test('hover on a role shows its title and function', async () => {
    const { uri } = await openFresh(TEXT);
    const hover = await h.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(TEXT, 'owner: cmo', 0, 8),
    });
    assert.ok(hover, 'a hover');
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, MarkupKind.Markdown);
    assert.match(contents.value, /Chief Marketing Officer/);
    assert.match(contents.value, /marketing/);
    assert.equal(hover.range?.start.line, positionOf(TEXT, 'owner: cmo').line);
  });

  /** Asks for the quick fixes of one diagnostic, as an editor does for the lightbulb. */
  async function fixesFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions = await h.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] },
    });
    return (actions ?? []) as CodeAction[];
  }

  /** Applies a code action's edit, sends the new text, and returns it with its diagnostics. */
  async function applyAndRecheck(uri: string, text: string, version: number, action: CodeAction) {
    const edits = action.edit?.changes?.[uri] ?? [];
    assert.ok(edits.length > 0, `${action.title} edits the document`);
    const next = TextDocument.applyEdits(TextDocument.create(uri, 'strategy', version, text), edits);
    const published = h.nextDiagnostics(uri, version + 1);
    await h.change(uri, version + 1, next);
    return { text: next, diagnostics: (await published).diagnostics };
  }

  const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 1).map((d) => `${d.code} ${d.message}`);

  test('unknown-role: the quick fix replaces the role with the suggestion, and the error goes', async () => {
    const { uri, diagnostics } = await openFresh(TEXT);
    const diagnostic = diagnostics.find((d) => d.code === 'unknown-role');
    assert.ok(diagnostic, 'gneral-counsel is reported');
    const actions = await fixesFor(uri, diagnostic);
    assert.ok(actions.length >= 2, 'a structural fix and a suppression');
    for (const a of actions) {
      assert.equal(a.kind, CodeActionKind.QuickFix);
      assert.deepEqual(a.diagnostics, [diagnostic], 'each action names the diagnostic it fixes');
    }
    const replace = actions.find((a) => /general-counsel/.test(a.title));
    assert.ok(replace, `a fix naming general-counsel among ${actions.map((a) => a.title).join(' | ')}`);
    const after = await applyAndRecheck(uri, TEXT, 1, replace);
    assert.ok(after.text.includes('owner: general-counsel'));
    assert.deepEqual(
      errors(after.diagnostics).filter((e) => !e.startsWith('missing-owner')),
      [],
      'no error left but the missing owner',
    );
  });

  test('missing-owner: the quick fix inserts an owner, and no new error appears', async () => {
    const { uri, diagnostics } = await openFresh(TEXT);
    const diagnostic = diagnostics.find((d) => d.code === 'missing-owner');
    assert.ok(diagnostic, 'social-support has no owner');
    const fix = (await fixesFor(uri, diagnostic)).find((a) => !/disable|suppress|ignore/i.test(a.title));
    assert.ok(fix, 'a structural fix');
    const after = await applyAndRecheck(uri, TEXT, 1, fix);
    assert.ok(
      /social-support:\n(\s+.*\n)*?\s+owner: support-lead/.test(after.text),
      'owned by support-lead, the recommended role',
    );
    const before = errors(diagnostics).filter((e) => !e.startsWith('missing-owner'));
    assert.deepEqual(errors(after.diagnostics), before, 'only the missing owner went away');
  });

  test('every diagnostic can be suppressed by a quick fix that re-checks clean for that code', async () => {
    const { uri, diagnostics } = await openFresh(TEXT);
    const diagnostic = diagnostics.find((d) => d.code === 'unknown-role')!;
    const suppress = (await fixesFor(uri, diagnostic)).find((a) => /strategy-disable/.test(JSON.stringify(a.edit)));
    assert.ok(suppress, 'a suppression comment');
    const after = await applyAndRecheck(uri, TEXT, 1, suppress);
    assert.ok(!after.diagnostics.some((d) => d.code === 'unknown-role'));
    assert.equal(after.diagnostics.length, diagnostics.length - 1, 'only that diagnostic went away');
  });

  test('no quick fixes where nothing is wrong, nor for other kinds', async () => {
    const { uri } = await openFresh(TEXT);
    const position = positionOf(TEXT, 'organization');
    const none = await h.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    });
    assert.deepEqual(none, []);
    const [diagnostic] = (await h.open(`untitled:features-other.strategy.yaml`, TEXT)).diagnostics.filter(
      (d) => d.code === 'unknown-role',
    );
    const refactors = await h.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: 'untitled:features-other.strategy.yaml' },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: [CodeActionKind.Refactor] },
    });
    assert.deepEqual(refactors, []);
  });
});
