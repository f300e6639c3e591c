// The limits through the running server: hostile files get the same diagnostics in the editor as
// from `strategy check --format json` (strategy.maxFileSize and --max-file-size agree), and requests
// on a small document are answered while a large one is still being checked (the worker thread).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CompletionRequest,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
} from 'vscode-languageserver-protocol/node';
import { generateStrategy } from '../../bench/generate';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/core';
import { spawnSync } from 'node:child_process';
import { CLI } from '../helpers/cli';
import { comparable, fromServer, type Comparable } from '../helpers/comparable';
import {
  aliasBomb,
  deepBlockMappings,
  deepBlockSequences,
  deepFlowMappings,
  deepFlowSequences,
  longFlowLine,
  longScalarLine,
  manyRoleKeys,
} from '../helpers/hostileYaml';
import { LspHarness, TODAY } from './harness';

const SLOW = 180_000;
const RAISED = 64 * 1024 * 1024;

describe('limits: the editor and the command line agree', () => {
  let h: LspHarness;
  const limits = new Map<string, number>();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-limits-'));

  before(async () => {
    h = await LspHarness.start();
    h.settings = (uri) => ({
      maxFileSize: (uri && limits.get(uri)) ?? DEFAULT_MAX_FILE_SIZE,
      validation: { delay: 0 },
    });
  });
  after(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    assert.equal(await h.stop(), 0, 'the server survived every hostile file');
  });

  const cases: [string, () => string, number?][] = [
    [
      'a file over strategy.maxFileSize / --max-file-size',
      () => `strategy: ${'x'.repeat(500)}\norganization: O\nsponsor: cio\n`,
      300,
    ],
    ['an alias bomb', aliasBomb],
    ['5,000 nested flow sequences', () => deepFlowSequences(5000)],
    ['5,000 nested flow mappings', () => deepFlowMappings(5000)],
    ['5,000 nested block sequences', () => deepBlockSequences(5000)],
    ['5,000 nested block mappings (12 MB, limit raised)', () => deepBlockMappings(5000), RAISED],
    ['a 1 MB single-line value', () => longScalarLine(1024 * 1024)],
    ['a 1 MB single-line flow list', () => longFlowLine(1024 * 1024)],
    ['100,000 tiny keys', () => manyRoleKeys(100_000)],
  ];
  cases.forEach(([name, make, limit], i) => {
    test(`${name}: the same diagnostics from the server and the command line`, { timeout: SLOW }, async () => {
      const text = make();
      const uri = `untitled:limit-${i}.strategy.yaml`;
      if (limit !== undefined) limits.set(uri, limit);
      const next = h.nextDiagnostics(uri, 1, SLOW);
      await h.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'strategy', version: 1, text },
      });
      const served = (await next).diagnostics.map(fromServer);
      const file = path.join(tmp, `limit-${i}.strategy.yaml`);
      fs.writeFileSync(file, text);
      const args = [
        'check',
        file,
        '--format',
        'json',
        '--today',
        TODAY,
        '--max-file-size',
        String(limit ?? DEFAULT_MAX_FILE_SIZE),
      ];
      // 100k diagnostics are some 25 MB of JSON: more than spawnSync buffers by default.
      const r = spawnSync(process.execPath, [CLI, ...args], {
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        timeout: SLOW,
      });
      assert.ok(r.status === 0 || r.status === 1, r.stderr || String(r.error));
      const [checked] = JSON.parse(r.stdout) as { diagnostics: Comparable[] }[];
      assert.ok(served.length > 0);
      assert.deepEqual(served, checked.diagnostics.map(comparable));
      await h.close(uri);
    });
  });
});

describe('responsiveness while a large document is checked', () => {
  let h: LspHarness;
  before(async () => {
    h = await LspHarness.start();
  });
  after(async () => {
    assert.equal(await h.stop(), 0);
  });

  test(
    "hover, document symbols and completion on a small document are answered before an 8 MB document's diagnostics",
    { timeout: SLOW },
    async () => {
      const large = generateStrategy({ lines: 260_000 });
      assert.ok(large.bytes > 8_000_000, `${large.bytes} bytes`);
      const bigUri = 'untitled:large.strategy.yaml';
      const smallUri = 'untitled:small.strategy.yaml';
      h.settings = (uri) => (uri === bigUri ? { maxFileSize: RAISED } : {});
      const started = Date.now();
      const events: string[] = [];
      const at: Record<string, number> = {};
      const mark = (what: string) => {
        events.push(what);
        at[what] = Date.now() - started;
      };
      const bigDiagnostics = h.nextDiagnostics(bigUri, 1, SLOW).then((p) => {
        mark('large diagnostics');
        return p;
      });
      await h.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: bigUri, languageId: 'strategy', version: 1, text: large.text },
      });
      const small =
        'strategy: Small Co\norganization: Small Co\nsponsor: cio\nconversations:\n  social-media:\n    owner: cmo\n';
      await h.open(smallUri, small);
      mark('small diagnostics');
      const textDocument = { uri: smallUri };
      assert.ok(
        await h.connection.sendRequest(HoverRequest.type, { textDocument, position: { line: 5, character: 12 } }),
      );
      mark('hover');
      assert.equal((await h.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }))?.length, 4);
      mark('symbols');
      const completion = await h.connection.sendRequest(CompletionRequest.type, {
        textDocument,
        position: { line: 5, character: 11 },
      });
      assert.ok(completion && (Array.isArray(completion) ? completion : completion.items).length > 0);
      mark('completion');
      const published = await bigDiagnostics;
      console.log(`8 MB document: ${JSON.stringify(at)} (ms after it was opened)`);
      assert.deepEqual(events, ['small diagnostics', 'hover', 'symbols', 'completion', 'large diagnostics']);
      const codes = published.diagnostics.map((d) => String(d.code)).sort();
      assert.deepEqual(codes, large.planted.map((p) => p.code).sort(), 'the worker reports what the generator planted');
    },
  );
});
