// strategy/counts over the protocol (the status bar's counts): those of the published diagnostics,
// by severity, for an open one-file strategy; for a part of a strategy across files, those of every
// file of the strategy; null for a document the server does not have.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { StrategyCountsRequest } from '../../server/src/protocol';
import { sampleText } from '../helpers/render';
import { LspHarness } from './harness';
import { contoso, uriIn, writeWorkspace } from './workspaceFixture';

let h: LspHarness;
before(async () => {
  h = await LspHarness.start();
});
after(async () => {
  await h?.stop();
});

test('the counts of an open one-file strategy are those of its published diagnostics', async () => {
  const uri = 'file:///w/counts.strategy.yaml';
  const published = await h.open(uri, sampleText('draft'));
  const bySeverity = (s: number) => published.diagnostics.filter((d) => d.severity === s).length;
  const counts = await h.connection.sendRequest(StrategyCountsRequest, { textDocument: { uri } });
  assert.deepEqual(counts, {
    files: 1,
    errors: bySeverity(1),
    warnings: bySeverity(2),
    notes: bySeverity(3) + bySeverity(4),
  });
  assert.ok(
    counts.errors > 0 && counts.warnings > 0 && counts.notes > 0,
    'the draft sample has problems of every kind',
  );
  assert.equal(
    await h.connection.sendRequest(StrategyCountsRequest, {
      textDocument: { uri: 'file:///w/not-open.strategy.yaml' },
    }),
    null,
  );
});

test('the counts of a part are those of every file of its strategy, opened or not', async () => {
  const files = contoso();
  const dir = writeWorkspace(files);
  const w = await LspHarness.start({ workspaceFolders: [dir] });
  try {
    const names = Object.keys(files);
    const published = await Promise.all(names.map((name) => w.latestDiagnostics(uriIn(dir, name))));
    const all = published.flatMap((p) => p.diagnostics);
    const bySeverity = (s: number) => all.filter((d) => d.severity === s).length;
    const part = names.find((n) => n.startsWith('parts/'))!;
    await w.open(uriIn(dir, part), files[part]);
    const counts = await w.connection.sendRequest(StrategyCountsRequest, { textDocument: { uri: uriIn(dir, part) } });
    assert.deepEqual(counts, {
      files: names.length,
      errors: bySeverity(1),
      warnings: bySeverity(2),
      notes: bySeverity(3) + bySeverity(4),
    });
    assert.ok(all.length > 0, 'the strategy has problems to count');
  } finally {
    await w.stop();
  }
});
