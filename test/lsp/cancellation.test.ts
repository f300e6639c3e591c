// Requests give up when they are no longer wanted: a cancelled request answers RequestCancelled, and a
// request for a version the client has since changed answers ContentModified (the client then shows
// nothing and asks again), instead of computing an answer nobody reads. Large documents go to the
// analysis worker, whose first parse keeps the request waiting long enough for the cancel or the edit.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CancellationTokenSource,
  CompletionRequest,
  DefinitionRequest,
  HoverRequest,
  LSPErrorCodes,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { generateStrategy } from '../../bench/generate';
import { sampleText } from '../helpers/render';
import { LspHarness, positionOf } from './harness';

const big = generateStrategy({ lines: 10_000 }).text;
const draft = sampleText('draft');

async function rejection(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    assert.ok(error instanceof ResponseError, String(error));
    return error.code;
  }
}

describe('cancellation and superseded versions', { timeout: 120_000 }, () => {
  let h: LspHarness;
  let opened = 0;
  const open = async (text: string) => {
    const uri = `file:///w/cancel-${++opened}.strategy.yaml`;
    await h.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'strategy', version: 1, text },
    });
    return uri;
  };
  before(async () => {
    h = await LspHarness.start({ env: { STRATEGY_LARGE_DOCUMENT: '100000' } });
  });
  after(async () => {
    await h?.stop();
  });

  for (const [what, text] of [
    ['a small document', draft],
    ['a large document (worker)', big],
  ] as const) {
    test(`${what}: a cancelled hover answers RequestCancelled`, async () => {
      const uri = await open(text);
      const source = new CancellationTokenSource();
      const hover = h.connection.sendRequest(
        HoverRequest.type,
        { textDocument: { uri }, position: positionOf(text, 'sponsor: cio', 0, 1) },
        source.token,
      );
      source.cancel();
      assert.equal(await rejection(hover), LSPErrorCodes.RequestCancelled);
    });

    test(`${what}: completion and definition asked for before an edit answer ContentModified`, async () => {
      const uri = await open(text);
      const at = positionOf(text, 'sponsor: cio', 0, 'sponsor: '.length);
      const completion = h.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: at });
      const definition = h.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: at });
      // Registered before the edit: a request that takes the edit in may publish its diagnostics before the delay.
      const edited = h.nextDiagnostics(uri, 2);
      await h.change(uri, 2, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' },
      ]);
      assert.equal(await rejection(completion), LSPErrorCodes.ContentModified);
      assert.equal(await rejection(definition), LSPErrorCodes.ContentModified);
      const published = await edited;
      assert.equal(published.version, 2, 'the edit itself is analysed');
      const after = await h.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri },
        position: { line: at.line + 1, character: at.character },
      });
      assert.ok(Array.isArray(after) && after.length > 0, 'a request for the current version is answered');
    });
  }
});
