// The analysis worker thread (dist/server.js started with WORKER_DATA): the same diagnostics as the
// core and the same answers to every request as a server without a worker, a waiting diagnostics
// job replaced by a newer version of its document, and a worker that dies falls back to the main
// thread, with a line in the log.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { Worker } from 'node:worker_threads';
import {
  CodeActionRequest,
  CompletionRequest,
  createProtocolConnection,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PrepareRenameRequest,
  PublishDiagnosticsNotification,
  ReferencesRequest,
  RenameRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { analyze } from '../../server/src/core';
import { toDiagnostics } from '../../server/src/cli/diagnostics';
import { nodeFiles } from '../../server/src/lsp/node/serverFiles';
import { startServer, type ServerDeps } from '../../server/src/lsp/server';
import { WORKER_DATA } from '../../server/src/lsp/worker/protocol';
import { AnalysisWorkerClient } from '../../server/src/lsp/worker/workerClient';
import { comparable, fromServer } from '../helpers/comparable';
import { loadSources } from '../helpers/mutations';
import { SERVER, TODAY, withTimeout } from './harness';

const realWorker = () => new Worker(SERVER, { workerData: WORKER_DATA });
const expected = (text: string, uri: string) => toDiagnostics(analyze(text, uri, { today: TODAY })).map(comparable);

/** An in-process server; with `createWorker`, every document goes to the worker it starts. */
async function serve(createWorker?: () => Worker) {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const client: ProtocolConnection = createProtocolConnection(
    new StreamMessageReader(toClient),
    new StreamMessageWriter(toServer),
  );
  const deps: ServerDeps = createWorker
    ? { files: nodeFiles(), createWorker, largeDocumentSize: 0 }
    : { files: nodeFiles() };
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), deps);
  const logs: string[] = [];
  const waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();
  client.onNotification(LogMessageNotification.type, (p) => {
    logs.push(p.message);
  });
  client.onNotification(PublishDiagnosticsNotification.type, (p) => waiting.get(`${p.uri}@${p.version}`)?.(p));
  client.listen();
  const capabilities = {
    textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, rename: { prepareSupport: true } },
  };
  await client.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: null,
    capabilities,
    initializationOptions: { today: TODAY },
  });
  await client.sendNotification(InitializedNotification.type, {});
  await client.sendNotification(DidChangeConfigurationNotification.type, {
    settings: { strategy: { validation: { delay: 0 } } },
  });
  const diagnostics = async (uri: string, version: number, send: () => Promise<void>) => {
    const next = withTimeout(
      new Promise<PublishDiagnosticsParams>((resolve) => waiting.set(`${uri}@${version}`, resolve)),
      `${uri} v${version}`,
    );
    await send();
    return (await next).diagnostics.map(fromServer);
  };
  const open = (uri: string, text: string) =>
    diagnostics(uri, 1, () =>
      client.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'strategy', version: 1, text },
      }),
    );
  const change = (uri: string, version: number, text: string) =>
    diagnostics(uri, version, () =>
      client.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      }),
    );
  return { client, logs, open, change };
}

describe('the analysis worker', () => {
  const [draft, northwind] = loadSources();

  describe('checking documents', () => {
    let server: Awaited<ReturnType<typeof serve>>;
    before(async () => {
      server = await serve(realWorker);
    });
    after(async () => {
      await server.client.sendRequest('shutdown');
      server.client.dispose();
    });

    test('reports what the core reports, version after version (its incremental analyzer per document)', async () => {
      const uri = 'untitled:worker.strategy.yaml';
      assert.deepEqual(await server.open(uri, northwind), expected(northwind, uri));
      const edited = northwind.replace('owner: cmo', 'owner: nobody-here');
      assert.deepEqual(await server.change(uri, 2, edited), expected(edited, uri));
      assert.deepEqual(await server.change(uri, 3, draft), expected(draft, uri));
      assert.deepEqual(
        server.logs.filter((m) => /worker|failed/i.test(m)),
        [],
      );
    });

    test('answers every request as a server without a worker does', async () => {
      const plain = await serve();
      const uri = 'untitled:answers.strategy.yaml';
      await server.open(uri, draft);
      await plain.open(uri, draft);
      const lines = draft.split('\n');
      const at = (needle: string, delta = 0): Position => {
        const line = lines.findIndex((l) => l.includes(needle));
        return { line, character: lines[line].indexOf(needle) + delta };
      };
      const textDocument = { uri };
      const ask = (c: ProtocolConnection) =>
        Promise.all([
          c.sendRequest(DocumentSymbolRequest.type, { textDocument }),
          c.sendRequest(FoldingRangeRequest.type, { textDocument }),
          c.sendRequest(HoverRequest.type, { textDocument, position: at('owner: cmo', 8) }),
          c.sendRequest(CompletionRequest.type, { textDocument, position: at('owner: cmo', 7) }),
          c.sendRequest(DefinitionRequest.type, { textDocument, position: at('owner: community-manager', 9) }),
          c.sendRequest(ReferencesRequest.type, {
            textDocument,
            position: at('community-manager:', 2),
            context: { includeDeclaration: true },
          }),
          c.sendRequest(PrepareRenameRequest.type, { textDocument, position: at('community-manager:', 2) }),
          c.sendRequest(RenameRequest.type, {
            textDocument,
            position: at('community-manager:', 2),
            newName: 'community-lead',
          }),
          c.sendRequest(CodeActionRequest.type, {
            textDocument,
            range: { start: at('gneral-counsel'), end: at('gneral-counsel') },
            context: { diagnostics: [] },
          }),
        ]);
      const [viaWorker, inPlace] = await Promise.all([ask(server.client), ask(plain.client)]);
      for (const answer of inPlace)
        assert.ok(answer && (!Array.isArray(answer) || answer.length > 0), 'every request has an answer to compare');
      assert.deepEqual(viaWorker, inPlace);
      await plain.client.sendRequest('shutdown');
      plain.client.dispose();
    });
  });

  test('a worker that dies: the document is checked on the main thread and the log says why', async () => {
    const server = await serve(() => new Worker('process.exit(3)', { eval: true }));
    const uri = 'untitled:fallback.strategy.yaml';
    assert.deepEqual(await server.open(uri, draft), expected(draft, uri));
    assert.ok(
      server.logs.some((m) =>
        /analysis worker exited with code 3; answering for untitled:fallback\.strategy\.yaml on the main thread/.test(
          m,
        ),
      ),
      server.logs.join('\n'),
    );
    await server.client.sendRequest('shutdown');
    server.client.dispose();
  });

  test('a job still waiting is dropped when a newer version of its document arrives', async () => {
    const logs: string[] = [];
    const worker = new AnalysisWorkerClient({ create: realWorker, log: (m) => logs.push(m) });
    try {
      const options = { today: TODAY };
      const doc = (version: number, text: string) => ({ uri: 'untitled:a', version, text, options });
      const first = worker.run(doc(1, northwind), 'diagnostics'); // runs at once
      const second = worker.run(doc(2, `${northwind}# v2\n`), 'diagnostics'); // waits behind it...
      const symbols = worker.run(doc(2, `${northwind}# v2\n`), 'documentSymbols'); // (a request is never dropped)
      const third = worker.run(doc(3, draft), 'diagnostics'); // ...and is replaced by this one
      const [r1, r2, r3, s] = await Promise.all([first, second, third, symbols]);
      assert.equal(r2, undefined);
      // The worker answers in offsets (problems); the server maps them to positions.
      assert.deepEqual(r1?.result, analyze(northwind, 'untitled:a', { today: TODAY }).problems);
      assert.deepEqual(r3?.result, analyze(draft, 'untitled:a', { today: TODAY }).problems);
      assert.ok(s && s.result.length > 0);
      assert.deepEqual(logs, []);
    } finally {
      worker.dispose();
    }
  });
});
