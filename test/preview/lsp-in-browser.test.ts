// The language server's browser build in Chromium: a Worker answering LSP over postMessage, with the
// diagnostics of strategy check on the samples (multi-file contoso included), completion and hover.
// The test's host hands the sample files over under a non-file URI scheme, as the extension's browser
// client does from vscode.workspace.fs; the server itself reads nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import type { MessageConnection } from 'vscode-jsonrpc';
import {
  CompletionRequest,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type MarkupContent,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { ReadFilesRequest, WorkspaceFilesRequest, type ClientFile } from '../../server/src/protocol';
import type { Diagnostic } from '../../server/src/cli/diagnostics';
import { browserSkipReason, launchBrowser } from '../helpers/browser';
import { startBrowserServer, type BrowserServer } from '../helpers/browserServer';
import { ROOT, runCli } from '../helpers/cli';
import { comparable, fromServer, type Comparable } from '../helpers/comparable';
import { TODAY } from '../helpers/core';

const skip = browserSkipReason();

/** The samples as a web workspace names them (vscode.dev opens a GitHub repository so). */
const BASE = 'vscode-vfs://github/strategy-as-code/samples';
const SAMPLES = path.join(ROOT, 'samples');
const uriOf = (rel: string) => `${BASE}/${rel.split(path.sep).map(encodeURIComponent).join('/')}`;
const relOf = (uri: string) => decodeURIComponent(uri.slice(BASE.length + 1));

function sampleFiles(dir = SAMPLES): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sampleFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .filter((f) => /\.strategy\.ya?ml$/.test(f));
}

/** What the browser client would answer: the file's text, read here (the server itself reads nothing). */
function read(uri: string): ClientFile {
  const file = path.join(SAMPLES, relOf(uri));
  return fs.existsSync(file) ? { uri, text: fs.readFileSync(file, 'utf8') } : { uri, error: 'no such file or folder' };
}

function positionOf(text: string, needle: string, delta = 0) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" in the text`);
  const before = text.slice(0, at + delta);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

describe('the language server built for the browser, in a Chromium worker', { skip, timeout: 180_000 }, () => {
  let browser: Browser;
  let server: BrowserServer;
  let connection: MessageConnection;
  const asked: string[][] = [];
  const published = new Map<string, Comparable[]>();
  const waiters: (() => void)[] = [];

  before(async () => {
    browser = await launchBrowser();
    server = await startBrowserServer(browser);
    connection = server.connection;
    connection.onRequest(WorkspaceFilesRequest, ({ folders }) => {
      asked.push(folders);
      return { files: folders.includes(BASE) ? sampleFiles().map((f) => read(uriOf(path.relative(SAMPLES, f)))) : [] };
    });
    connection.onRequest(ReadFilesRequest, ({ uris }) => ({ files: uris.map(read) }));
    connection.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
      published.set(
        p.uri,
        p.diagnostics.map((d) => comparable(fromServer(d))),
      );
      for (const w of waiters.splice(0)) w();
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: BASE,
      workspaceFolders: [{ uri: BASE, name: 'samples' }],
      capabilities: {},
      initializationOptions: { today: TODAY },
    });
    await connection.sendNotification(InitializedNotification.type, {});
  });

  after(async () => {
    connection?.dispose();
    await browser?.close();
  });

  /** Resolves once `done()` holds, re-checked at each diagnostics notification. */
  function until(done: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => (done() ? resolve() : waiters.push(check));
      check();
    });
  }

  test('the worker runs the server without any Node global', () => {
    assert.deepEqual(server.nodeGlobals, []);
  });

  test('the diagnostics of every sample file are those of strategy check --format json', async () => {
    const cli = runCli(['check', '--format', 'json', '--today', TODAY, 'samples']);
    assert.ok(cli.stdout.startsWith('['), cli.stderr);
    const expected = new Map(
      (JSON.parse(cli.stdout) as { file: string; diagnostics: Diagnostic[] }[]).map((r) => [
        uriOf(path.relative('samples', r.file)),
        r.diagnostics.map(comparable),
      ]),
    );
    assert.ok(expected.size >= 9, `${expected.size} sample files`);
    assert.ok(
      [...expected.values()].some((d) => d.length > 0),
      'some sample has diagnostics (the comparison compares something)',
    );
    await until(() => [...expected.keys()].every((uri) => published.has(uri)));
    assert.deepEqual(asked, [[BASE]], 'the server asked the client for the workspace files once');
    for (const [uri, diagnostics] of expected) assert.deepEqual(published.get(uri), diagnostics, relOf(uri));
  });

  test('completion offers the roles declared in the root of a multi-file strategy, in one of its parts', async () => {
    const rel = 'contoso/conversations/media.strategy.yaml';
    const text = fs.readFileSync(path.join(SAMPLES, rel), 'utf8').replace('owner: cmo', 'owner: ');
    const uri = uriOf(rel);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'strategy', version: 1, text },
    });
    const result = await connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: positionOf(text, 'owner: ', 7),
    });
    const labels = (Array.isArray(result) ? result : (result?.items ?? [])).map((i) => i.label);
    for (const role of ['cio', 'cmo', 'community-manager', 'knowledge-lead'])
      assert.ok(labels.includes(role), `${role} in ${labels.join(', ')}`);
  });

  test('hover on a part names a role the root declares', async () => {
    const rel = 'contoso/conversations/networking.strategy.yaml';
    const text = fs.readFileSync(path.join(SAMPLES, rel), 'utf8');
    const uri = uriOf(rel);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'strategy', version: 1, text },
    });
    const hover = await connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(text, 'owner: knowledge-lead', 8),
    });
    assert.ok(hover, 'a hover');
    assert.match((hover.contents as MarkupContent).value, /Head of Knowledge Management/);
  });
});
