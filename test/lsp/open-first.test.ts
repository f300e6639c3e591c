// The first moments of a session, over stdio: the file the editor opens is checked and published
// before the rest of the workspace index; a large open document (analysed in the analysis worker) is
// analysed once, never by the index too; settings re-sent unchanged re-analyse nothing. Analyses are
// observed through the server's trace (STRATEGY_TRACE=analyses: a log line per analysis, saying where).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { analyze } from '../../server/src/core';
import { StrategyCountsRequest } from '../../server/src/protocol';
import { sampleText } from '../helpers/render';
import { LspHarness, TODAY } from './harness';
import { uriIn, writeWorkspace } from './workspaceFixture';

const harnesses: LspHarness[] = [];
const folders: string[] = [];
after(async () => {
  for (const h of harnesses) await h.stop();
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

async function start(files: Record<string, string>, env: Record<string, string>) {
  const dir = writeWorkspace(files);
  folders.push(dir);
  const h = await LspHarness.start({ workspaceFolders: [dir], env: { STRATEGY_TRACE: 'analyses', ...env } });
  harnesses.push(h);
  return { h, dir };
}

/** The trace lines of the analyses of `uri`: where each ran. */
const analysesOf = (h: LspHarness, uri: string) =>
  h.logs.filter((m) => m.startsWith(`analysed ${uri}: `)).map((m) => m.slice(`analysed ${uri}: `.length));

const codesOf = (text: string) => analyze(text, 'x.strategy.yaml', { today: TODAY }).problems.map((p) => p.code);

test("the open file's diagnostics are published before the index checks the other files", async () => {
  const draft = sampleText('draft');
  const files: Record<string, string> = {};
  for (let i = 1; i <= 5; i++) files[`a-${i}.strategy.yaml`] = draft;
  files['z-open.strategy.yaml'] = draft; // found last by the index's walk
  const { h, dir } = await start(files, { STRATEGY_THREADS: '1' });
  const opened = uriIn(dir, 'z-open.strategy.yaml');
  const published = await h.open(opened, files['z-open.strategy.yaml']);
  assert.deepEqual(published.diagnostics.map((d) => d.code).sort(), codesOf(files['z-open.strategy.yaml']).sort());
  const others = Object.keys(files)
    .filter((f) => f !== 'z-open.strategy.yaml')
    .map((f) => uriIn(dir, f));
  await Promise.all(others.map((uri) => h.diagnosticsWhere(uri, (p) => p.diagnostics.length > 0)));
  const first = (uri: string) => h.published.findIndex((p) => p.uri === uri);
  for (const uri of others)
    assert.ok(first(opened) < first(uri), `${opened} was published after ${uri}: ${h.published.map((p) => p.uri)}`);
  assert.deepEqual(analysesOf(h, opened), ['workspace index'], 'the open file, analysed once');
});

test('a large open document is analysed once, in the analysis worker; unchanged settings re-analyse nothing', async () => {
  const large = sampleText('northwind').replace('owner: cmo', 'owner: nobody-here');
  const small = 'strategy: Small\norganization: Small Co\nsponsor: cio\n';
  // Documents of 1,000 characters or more count as large here: northwind is, the small file is not.
  const { h, dir } = await start(
    { 'large.strategy.yaml': large, 'small.strategy.yaml': small },
    { STRATEGY_LARGE_DOCUMENT: '1000' },
  );
  const largeUri = uriIn(dir, 'large.strategy.yaml');
  const smallUri = uriIn(dir, 'small.strategy.yaml');
  // As VS Code and the benchmark's client do at start: the settings, then the document.
  await h.configurationChanged({ strategy: {} });
  const published = await h.open(largeUri, large);
  assert.deepEqual(published.diagnostics.map((d) => d.code).sort(), codesOf(large).sort());
  assert.ok(published.diagnostics.length > 0);
  const smallPublished = await h.diagnosticsWhere(smallUri, (p) => p.diagnostics.length > 0);
  assert.deepEqual(smallPublished.diagnostics.map((d) => d.code).sort(), codesOf(small).sort());

  // The same settings again: the index composes again from the analyses it has, the worker answers from its own.
  await h.configurationChanged({ strategy: {} });
  const counts = await h.connection.sendRequest(StrategyCountsRequest, { textDocument: { uri: largeUri } });
  assert.equal(counts?.errors, published.diagnostics.filter((d) => d.severity === 1).length);
  await h.connection.sendRequest(StrategyCountsRequest, { textDocument: { uri: smallUri } });

  assert.deepEqual(analysesOf(h, largeUri), ['analysis worker, version 1'], h.logs.join('\n'));
  assert.deepEqual(analysesOf(h, smallUri), ['workspace index'], h.logs.join('\n'));
});
