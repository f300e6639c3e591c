// A rule that throws is isolated: the other rules still report, and the server logs the failure to
// the client's output channel once per rule, not once per keystroke. In process, with the injected
// analyzer adding a rule that throws to the core's registry (AnalyzeHooks.rules).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import {
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { analyze, RULES } from '../../server/src/core';
import type { Rule } from '../../server/src/core/rules';
import { nodeFiles } from '../../server/src/lsp/node/serverFiles';
import { startServer } from '../../server/src/lsp/server';
import { withTimeout } from './harness';

/** unknown-role, replaced by a version that throws on every file that names a role. */
const throwing: Rule = {
  ...RULES.find((r) => r.code === 'unknown-role')!,
  check: () => {
    throw new TypeError('cannot read the role catalogue');
  },
};
const rules = RULES.map((r) => (r.code === 'unknown-role' ? throwing : r));

describe('a rule that throws (in process)', () => {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const logs: string[] = [];
  const waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();

  before(async () => {
    startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), {
      files: nodeFiles(),
      createAnalyzer: () => ({
        analyze: (text, file, options, hooks) => analyze(text, file, options, { ...hooks, rules }),
      }),
    });
    client.onNotification(LogMessageNotification.type, (p) => {
      logs.push(p.message);
    });
    client.onNotification(PublishDiagnosticsNotification.type, (p) => waiting.get(`${p.uri}@${p.version}`)?.(p));
    client.listen();
    await client.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: null,
      capabilities: {},
      initializationOptions: { today: '2026-11-25' },
    });
    await client.sendNotification(InitializedNotification.type, {});
    // Without workspace/configuration the defaults apply; no delay, so that each version is checked.
    await client.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { strategy: { validation: { delay: 0 } } },
    });
  });
  after(() => client.dispose());

  const diagnosticsOf = (uri: string, version: number) =>
    withTimeout(
      new Promise<PublishDiagnosticsParams>((resolve) => waiting.set(`${uri}@${version}`, resolve)),
      `diagnostics of ${uri} v${version}`,
    );

  test('the other rules report on every version; the failure is logged once, with the rule and the error', async () => {
    const uri = 'untitled:throws.strategy.yaml';
    let text = 'strategy: S\norganization: O\nsponsor: nobody\n';
    const opened = diagnosticsOf(uri, 1);
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'strategy', version: 1, text },
    });
    const versions = [await opened];
    for (let version = 2; version <= 6; version++) {
      text += `# keystroke ${version}\n`;
      const next = diagnosticsOf(uri, version);
      await client.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
      versions.push(await next);
    }
    for (const p of versions) {
      const codes = new Set(p.diagnostics.map((d) => d.code));
      assert.ok(codes.has('missing-conversation'), 'the other rules still report');
      assert.ok(!codes.has('unknown-role'), 'the failed rule reports nothing');
    }
    const failures = logs.filter((m) => m.startsWith('Rule unknown-role failed'));
    assert.equal(failures.length, 1, `logged once for six versions: ${JSON.stringify(logs)}`);
    assert.match(
      failures[0],
      /^Rule unknown-role failed on untitled:throws\.strategy\.yaml and was skipped; the other rules still report\. .*TypeError: cannot read the role catalogue/s,
    );
  });

  test('another document meeting the same failure is not logged again', async () => {
    const uri = 'untitled:throws-too.strategy.yaml';
    const opened = diagnosticsOf(uri, 1);
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'strategy', version: 1, text: 'strategy: S\norganization: O\nsponsor: cio\n' },
    });
    assert.ok((await opened).diagnostics.length > 0);
    assert.equal(logs.filter((m) => m.startsWith('Rule unknown-role failed')).length, 1);
  });
});
