// strategy/splitIntoFiles over the protocol: one workspace edit (each part created and filled, then
// the root's one edit, against the version analysed) that, applied, is the core's plan; the same
// answer from the analysis worker; refusals for what cannot be split or would overwrite a file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CreateFile, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/core';
import { applySplit, splitStrategy } from '../../server/src/core/features/split/split';
import { SplitIntoFilesRequest, type SplitIntoFilesResult } from '../../server/src/protocol';
import { sampleText } from '../helpers/render';
import { LspHarness } from './harness';

const draft = sampleText('draft');

function split(h: LspHarness, uri: string): Promise<SplitIntoFilesResult> {
  return h.connection.sendRequest(SplitIntoFilesRequest, { textDocument: { uri } });
}

/** Applies an answer's edit as a client would, in memory: uri -> text. */
function applied(result: SplitIntoFilesResult, texts: Map<string, string>): Map<string, string> {
  assert.ok('edit' in result, `not refused: ${'refused' in result ? result.refused : ''}`);
  const out = new Map(texts);
  for (const change of result.edit.documentChanges ?? []) {
    if ('kind' in change) {
      const create = change as CreateFile;
      assert.equal(create.kind, 'create');
      assert.deepEqual(create.options, { overwrite: false, ignoreIfExists: false }, 'never overwrites a file');
      assert.ok(!out.has(create.uri), `${create.uri} is created once, before it is edited`);
      out.set(create.uri, '');
      continue;
    }
    const edit = change;
    const before = out.get(edit.textDocument.uri);
    assert.ok(before !== undefined, `${edit.textDocument.uri} exists when edited`);
    assert.equal(edit.edits.length, 1, 'one edit per file');
    const e = edit.edits[0] as TextEdit;
    const lines = before.split('\n');
    const offset = (p: { line: number; character: number }) =>
      lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    out.set(
      edit.textDocument.uri,
      before.slice(0, offset(e.range.start)) + e.newText + before.slice(offset(e.range.end)),
    );
  }
  return out;
}

for (const where of ['main thread', 'analysis worker'] as const) {
  describe(`strategy/splitIntoFiles (${where})`, { timeout: 60_000 }, () => {
    let h: LspHarness;
    let dir: string;
    before(async () => {
      h = await LspHarness.start({
        env: where === 'analysis worker' ? { STRATEGY_LARGE_DOCUMENT: '1000' } : { STRATEGY_ANALYSIS_WORKER: 'off' },
      });
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sac-split-'));
    });
    after(async () => {
      await h?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test("answers one edit that creates the parts beside the root and rewrites the root: the core's plan, every comment kept", async () => {
      const file = path.join(dir, 'harbor.strategy.yaml');
      fs.writeFileSync(file, draft);
      const uri = pathToFileURL(file).toString();
      await h.open(uri, draft, 3);
      const result = await split(h, uri);
      assert.ok('edit' in result);
      assert.equal(result.version, 3);
      const plan = splitStrategy(analyze(draft, file), 'harbor.strategy.yaml');
      assert.ok('plan' in plan);
      const partUris = plan.plan.parts.map((p) => pathToFileURL(path.join(dir, p.path)).toString());
      assert.deepEqual(result.parts, partUris);
      const changes = result.edit.documentChanges ?? [];
      assert.equal(changes.length, 2 * partUris.length + 1, 'a create and an insert per part, then the root');
      const last = changes[changes.length - 1] as TextDocumentEdit;
      assert.deepEqual(last.textDocument, { uri, version: 3 }, 'the root edit names the version analysed');

      const after = applied(result, new Map([[uri, draft]]));
      assert.equal(after.get(uri), applySplit(draft, plan.plan));
      assert.deepEqual(
        partUris.map((u) => after.get(u)),
        plan.plan.parts.map((p) => p.text),
      );
      const comments = (t: string) => t.split('\n').filter((l) => l.trim().startsWith('#'));
      assert.deepEqual([...after.values()].flatMap(comments).sort(), comments(draft).sort(), 'every comment once');
      await h.close(uri);
    });

    test('refuses to overwrite a part file that exists, naming it; refuses a part, an unsaved file and a closed one', async () => {
      const file = path.join(dir, 'taken.strategy.yaml');
      fs.writeFileSync(file, draft);
      fs.mkdirSync(path.join(dir, 'conversations'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'conversations', 'social-support.strategy.yaml'), '# mine\n');
      const uri = pathToFileURL(file).toString();
      await h.open(uri, draft);
      assert.deepEqual(await split(h, uri), {
        refused:
          'conversations/social-support.strategy.yaml already exists beside the strategy; move it away or rename it, then split again.',
      });

      const part = pathToFileURL(path.join(dir, 'part.strategy.yaml')).toString();
      await h.open(part, 'part-of: taken.strategy.yaml\nconversations:\n  social-media:\n    owner: cmo\n');
      const asPart = await split(h, part);
      assert.ok('refused' in asPart);
      assert.match(asPart.refused, /part of another strategy/);

      const untitled = 'untitled:Untitled-1';
      await h.open(untitled, draft);
      assert.match(((await split(h, untitled)) as { refused: string }).refused, /Save the strategy to a file first/);
      const remote = 'vscode-vfs://github/org/repo/remote.strategy.yaml';
      await h.open(remote, draft);
      assert.match(((await split(h, remote)) as { refused: string }).refused, /works on files on disk/);
      assert.match(
        ((await split(h, pathToFileURL(path.join(dir, 'closed.strategy.yaml')).toString())) as { refused: string })
          .refused,
        /not open/,
      );
    });
  });
}
