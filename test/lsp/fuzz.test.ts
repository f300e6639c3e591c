// Random edit sequences of the samples through ONE running server (dist/server.js over stdio), sent as
// didChange with full and incremental content changes. After every version: the process is alive and
// quiet on stderr, no handler failed, every diagnostic range is inside the document, the diagnostics
// are the core's for the same text (and, for a sample of versions, `strategy check --format json`'s),
// and a hover or completion request is answered. Northwind is above the worker threshold set here,
// so both the main-thread and the worker-thread checks are fuzzed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  CompletionRequest,
  HoverRequest,
  type CompletionItem,
  type CompletionList,
  type Diagnostic as LspDiagnostic,
  type Hover,
  type Position,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core';
import { toDiagnostics } from '../../server/src/cli/diagnostics';
import { runCli } from '../helpers/cli';
import { comparable, fromServer, type Comparable } from '../helpers/comparable';
import { edit, isWellFormed, loadSources, toSplice } from '../helpers/mutations';
import { LspHarness, TODAY, withTimeout } from './harness';

const SEQUENCES = 250;
/** One version in this many (with well-formed text) is also checked by the spawned command line. */
const CLI_EVERY = 35;
const sources = loadSources();
const plain = comparable;

function expected(text: string, uri: string): Comparable[] {
  return toDiagnostics(analyze(text, uri, { today: TODAY })).map(plain);
}

/** A position the client itself would produce for this document: on a line, not past its end or inside its line break. */
function assertInside(doc: TextDocument, p: Position, what: string): void {
  assert.ok(
    p.line >= 0 && p.line < doc.lineCount && p.character >= 0,
    `${what}: ${JSON.stringify(p)} of ${doc.lineCount} lines`,
  );
  assert.deepEqual(doc.positionAt(doc.offsetAt(p)), p, `${what}: ${JSON.stringify(p)} is past the end of its line`);
}

function assertRangeInside(doc: TextDocument, r: Range, what: string): void {
  assertInside(doc, r.start, what);
  assertInside(doc, r.end, what);
  assert.ok(doc.offsetAt(r.start) <= doc.offsetAt(r.end), `${what}: range ends before it starts`);
}

const step = fc.record({
  edits: fc.array(edit, { minLength: 1, maxLength: 3 }),
  full: fc.boolean(),
  request: fc.constantFrom('hover' as const, 'completion' as const),
  at: fc.nat(),
});

describe('the running server under random edit sequences', () => {
  let h: LspHarness;
  let stderr = '';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-fuzz-'));
  const counts = { sequences: 0, versions: 0, cli: 0, requests: 0 };

  before(async () => {
    process.env.STRATEGY_LARGE_DOCUMENT = '8000'; // northwind (16 KB) is checked by the worker, draft (5 KB) in place
    h = await LspHarness.start();
    delete process.env.STRATEGY_LARGE_DOCUMENT;
    h.settings = () => ({ validation: { delay: 0 } });
    h.process.stderr!.on('data', (chunk) => {
      stderr += String(chunk);
    });
  });

  after(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    assert.equal(await h.stop(), 0, 'the server shuts down cleanly after the fuzzing');
  });

  /** Diagnostics of one version: in bounds, the core's, the command line's for a sample; then a request is answered. */
  async function check(
    doc: TextDocument,
    published: LspDiagnostic[],
    request: 'hover' | 'completion',
    at: number,
  ): Promise<void> {
    counts.versions++;
    const text = doc.getText();
    const got = published.map(fromServer);
    for (const d of got) assertRangeInside(doc, d.range, `${d.code} "${d.message}"`);
    assert.deepEqual(got, expected(text, doc.uri), 'the server reports what the core reports');
    if (counts.versions % CLI_EVERY === 0 && isWellFormed(text)) {
      counts.cli++;
      const file = path.join(tmp, 'fuzz.strategy.yaml');
      fs.writeFileSync(file, text);
      const r = runCli(['check', file, '--format', 'json', '--today', TODAY]);
      assert.ok(r.code === 0 || r.code === 1, `strategy check exits 0 or 1, got ${r.code}: ${r.stderr}`);
      const [result] = JSON.parse(r.stdout) as { diagnostics: Comparable[] }[];
      assert.deepEqual(result.diagnostics.map(plain), got, 'the command line reports what the server reports');
    }
    const position = doc.positionAt(at % (text.length + 1));
    const textDocument = { uri: doc.uri };
    counts.requests++;
    if (request === 'hover') {
      const hover: Hover | null = await withTimeout(
        h.connection.sendRequest(HoverRequest.type, { textDocument, position }),
        'hover',
      );
      if (hover?.range) assertRangeInside(doc, hover.range, 'hover range');
    } else {
      const list: CompletionItem[] | CompletionList | null = await withTimeout(
        h.connection.sendRequest(CompletionRequest.type, { textDocument, position }),
        'completion',
      );
      const items = Array.isArray(list) ? list : (list?.items ?? []);
      for (const item of items) {
        const te = item.textEdit;
        if (te && 'range' in te) assertRangeInside(doc, te.range, `completion ${item.label}`);
      }
    }
    assert.equal(h.process.exitCode, null, 'the server process is alive');
    assert.doesNotMatch(stderr, /error|exception|warning/i, 'the server wrote nothing alarming to stderr');
    const failures = h.logs.filter((m) => /failed|error/i.test(m));
    assert.deepEqual(failures, [], 'no handler or validation failed');
  }

  test(
    `${SEQUENCES} random edit sequences: alive, in bounds, same as the core and the command line, still answering`,
    { timeout: 300_000 },
    async () => {
      const result = await fc.check(
        fc.asyncProperty(
          fc.nat(sources.length - 1),
          fc.array(step, { minLength: 1, maxLength: 6 }),
          async (i, steps) => {
            const uri = `untitled:fuzz-${++counts.sequences}.strategy.yaml`;
            let doc = TextDocument.create(uri, 'strategy', 1, sources[i]);
            const opened = await h.open(uri, doc.getText());
            await check(doc, opened.diagnostics, 'hover', 0);
            try {
              for (const s of steps) {
                const changes: TextDocumentContentChangeEvent[] = [];
                // TextDocument.update changes the document it is given: ranges are computed on a copy.
                let scratch = TextDocument.create(uri, 'strategy', doc.version, doc.getText());
                for (const e of s.edits) {
                  const splice = toSplice(scratch.getText(), e);
                  const change = {
                    range: { start: scratch.positionAt(splice.start), end: scratch.positionAt(splice.end) },
                    text: splice.text,
                  };
                  changes.push(change);
                  scratch = TextDocument.update(scratch, [change], scratch.version);
                }
                const version = doc.version + 1;
                doc = TextDocument.update(doc, changes, version);
                const next = h.nextDiagnostics(uri, version);
                await h.change(uri, version, s.full ? doc.getText() : changes);
                await check(doc, (await next).diagnostics, s.request, s.at);
              }
            } finally {
              await h.close(uri);
            }
          },
        ),
        { numRuns: SEQUENCES, seed: 20261125 },
      );
      // fc.assert's report leaves out the assertion that failed; this one names it.
      if (result.failed)
        throw new Error(
          `${fc.defaultReportMessage(result)}\n${(result.errorInstance as Error)?.stack ?? String(result.errorInstance)}`,
        );
      assert.ok(counts.cli >= 10, `the command line checked ${counts.cli} versions`);
      console.log(
        `fuzz over LSP: ${counts.sequences} sequences, ${counts.versions} versions, ${counts.requests} requests, ${counts.cli} command-line checks`,
      );
    },
  );
});
