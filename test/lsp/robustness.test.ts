// Nothing a client sends takes the server down: malformed documents, positions outside the text, and
// (in process, with an injected analyzer) an analysis that throws or returns nonsense.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import {
  CodeActionRequest,
  CompletionRequest,
  createProtocolConnection,
  DefinitionRequest,
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
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
  type TextDocumentIdentifier,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { analyze, type Analysis } from '../../server/src/core';
import { nodeFiles } from '../../server/src/lsp/node/serverFiles';
import { startServer } from '../../server/src/lsp/server';
import { LspHarness, withTimeout } from './harness';

const GOOD = 'strategy: Good Co\norganization: Good Co\nsponsor: cio\n';
const MALFORMED: Record<string, string> = {
  binary: '\u0000\u0001\u0002\uFFFD\u00ff\u0007PK\u0003\u0004\u0000\u0000\u0008\u0000\uD800\n\u0000\t\u001b[31m',
  'unterminated flow':
    'strategy: x\norganization: y\nsponsor: cio\nconversations: { social-media: { owner: [cmo, \n  participants: [cio\n',
  'unterminated quote': 'strategy: "never closed\norganization: y\n',
  'tabs and stray colons': 'strategy:\t: :\n\t- - : x\n:::\n',
};

/** Every read-only request a client may send at one position; each must be answered. */
async function askEverything(
  h: LspHarness,
  textDocument: TextDocumentIdentifier,
  position: { line: number; character: number },
) {
  const c = h.connection;
  const answers = await Promise.all([
    c.sendRequest(DocumentSymbolRequest.type, { textDocument }),
    c.sendRequest(FoldingRangeRequest.type, { textDocument }),
    c.sendRequest(DefinitionRequest.type, { textDocument, position }),
    c.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } }),
    c.sendRequest(HoverRequest.type, { textDocument, position }),
    c.sendRequest(CompletionRequest.type, { textDocument, position }),
    c.sendRequest(CodeActionRequest.type, {
      textDocument,
      range: { start: position, end: position },
      context: { diagnostics: [] },
    }),
    c.sendRequest(PrepareRenameRequest.type, { textDocument, position }).catch((e: unknown) => {
      assert.ok(e instanceof ResponseError, 'a refused rename is a ResponseError');
      return 'refused';
    }),
  ]);
  return answers;
}

describe('malformed documents and positions out of range (over stdio)', () => {
  let h: LspHarness;
  before(async () => {
    h = await LspHarness.start();
  });
  after(async () => {
    assert.equal(await h.stop(), 0, 'the server is still alive to shut down cleanly');
  });

  for (const [name, text] of Object.entries(MALFORMED)) {
    test(`${name}: schema diagnostics, and every request answered`, async () => {
      const uri = `untitled:${name.replace(/ /g, '-')}.strategy.yaml`;
      const published = await h.open(uri, text);
      assert.ok(
        published.diagnostics.some((d) => d.code === 'schema'),
        'the broken YAML is reported',
      );
      for (const position of [
        { line: 0, character: 0 },
        { line: 1, character: 3 },
        { line: 500, character: 500 },
      ]) {
        const answers = await askEverything(h, { uri }, position);
        assert.equal(answers.length, 8);
      }
      await h.close(uri);
    });
  }

  test('positions past the end of a line or of the text are answered', async () => {
    const uri = 'untitled:range.strategy.yaml';
    await h.open(uri, GOOD);
    for (const position of [
      { line: 0, character: 10_000 },
      { line: 10_000, character: 0 },
      { line: 2, character: 13 },
    ]) {
      await askEverything(h, { uri }, position);
    }
    const symbols = await h.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.equal(symbols?.length, 3, 'and the server still works');
    await h.close(uri);
  });

  test('requests for a document that is not open answer empty', async () => {
    const textDocument = { uri: 'untitled:never-opened.strategy.yaml' };
    const [symbols, folds, definition] = await askEverything(h, textDocument, { line: 0, character: 0 });
    assert.deepEqual([symbols, folds, definition], [[], [], null]);
  });
});

describe('an analysis that throws (in process, injected analyzer)', () => {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const logs: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  let logged: (message: string) => void = () => {};
  let onPublish: (p: PublishDiagnosticsParams) => void = () => {};

  before(async () => {
    startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), {
      files: nodeFiles(),
      createAnalyzer: () => ({
        analyze: (text, file, options, hooks) => {
          if (text.includes('BOOM')) throw new Error('analysis exploded');
          // A model that breaks every feature that reads it.
          if (text.includes('NONSENSE'))
            return { ...analyze(text, file, options, hooks), model: undefined } as unknown as Analysis;
          return analyze(text, file, options, hooks);
        },
      }),
    });
    client.onNotification(LogMessageNotification.type, (p) => {
      logs.push(p.message);
      logged(p.message);
    });
    client.onNotification(PublishDiagnosticsNotification.type, (p) => {
      published.push(p);
      onPublish(p);
    });
    client.listen();
    await client.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: null,
      capabilities: {},
      initializationOptions: { today: '2026-11-25' },
    });
    await client.sendNotification(InitializedNotification.type, {});
  });
  after(() => {
    client.dispose();
  });

  const open = (uri: string, text: string) =>
    client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'strategy', version: 1, text },
    });
  const nextLog = (pattern: RegExp) =>
    withTimeout(
      new Promise<string>((resolve) => {
        logged = (m) => {
          if (pattern.test(m)) resolve(m);
        };
      }),
      `a log matching ${pattern}`,
    );

  test('a throwing analysis is logged, publishes nothing, and features answer empty', async () => {
    const uri = 'untitled:boom.strategy.yaml';
    const log = nextLog(/Validation of untitled:boom\.strategy\.yaml failed: .*analysis exploded/);
    await open(uri, `${GOOD}# BOOM\n`);
    await log;
    const symbols = await client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.deepEqual(symbols, []);
    assert.equal(
      await client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }),
      null,
    );
    assert.ok(!published.some((p) => p.uri === uri), 'no diagnostics for the document that could not be analysed');
    assert.ok(
      logs.some((m) => /Document symbols failed: .*analysis exploded/.test(m)),
      'the failed request is logged',
    );
  });

  test('a feature that throws is logged and answers null or empty; the server goes on', async () => {
    const uri = 'untitled:nonsense.strategy.yaml';
    const failing = nextLog(/Go to definition failed/);
    await open(uri, `${GOOD}# NONSENSE\n`);
    const position = { line: 2, character: 10 };
    assert.equal(await client.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position }), null);
    await failing;
    assert.deepEqual(
      await client.sendRequest(ReferencesRequest.type, {
        textDocument: { uri },
        position,
        context: { includeDeclaration: true },
      }),
      [],
    );
    const good = 'untitled:good.strategy.yaml';
    const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) => {
      onPublish = (p) => {
        if (p.uri === good) resolve(p);
      };
    });
    await open(good, GOOD);
    assert.ok(
      (await withTimeout(diagnostics, 'diagnostics of a good document')).diagnostics.some(
        (d) => d.code === 'missing-conversation',
      ),
    );
  });
});
