// strategy/counts over the protocol (the status bar's counts): those of the published diagnostics,
// by severity, for an open one-file strategy; null for a document the server does not have.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { StrategyCountsRequest } from '../../server/src/protocol';
import { sampleText } from '../helpers/render';
import { LspHarness } from './harness';

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
  assert.deepEqual(counts, { files: 1, errors: bySeverity(1), warnings: bySeverity(2), notes: bySeverity(3) + bySeverity(4) });
  assert.ok(counts.errors > 0 && counts.warnings > 0 && counts.notes > 0, 'the draft sample has problems of every kind');
  assert.equal(await h.connection.sendRequest(StrategyCountsRequest, { textDocument: { uri: 'file:///w/not-open.strategy.yaml' } }), null);
});
