// The incremental analyzer gives exactly the full analysis's diagnostics, over random edit sequences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../server/src/core';
import { toDiagnostics } from '../../server/src/cli/diagnostics';
import { IncrementalAnalyzer } from '../../server/src/core/incremental/analyzer';
import { crlf, mutate, rng } from '../helpers/quickTreeInputs';

const ROOT = path.resolve(__dirname, '..', '..');
const OPTIONS = { today: '2026-11-25' };
const sources = [
  ...fs
    .readdirSync(path.join(ROOT, 'samples'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.join(ROOT, 'samples', f)),
  ...fs
    .readdirSync(path.join(ROOT, 'test', 'fixtures'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.join(ROOT, 'test', 'fixtures', f)),
].map((f) => fs.readFileSync(f, 'utf8'));

const full = (text: string) => toDiagnostics(analyze(text, 'f.strategy.yaml', OPTIONS));

test('the samples and fixtures are analyzed block by block, with the same diagnostics', () => {
  for (const text of sources) {
    const inc = new IncrementalAnalyzer();
    assert.deepEqual(toDiagnostics(inc.analyze(text, 'f.strategy.yaml', OPTIONS)), full(text));
  }
  const inc = new IncrementalAnalyzer();
  inc.analyze(sources[0], 'f', OPTIONS);
  assert.equal(inc.lastRun.mode, 'incremental');
});

test('an edit inside one conversation re-parses that block only', () => {
  const text = fs.readFileSync(path.join(ROOT, 'samples', 'northwind.strategy.yaml'), 'utf8');
  const inc = new IncrementalAnalyzer();
  inc.analyze(text, 'f', OPTIONS);
  const at = text.indexOf('owner:', text.indexOf('  social-support:'));
  const edited = `${text.slice(0, at)}owner: nobody-here\n    # was:${text.slice(at)}`;
  const a = inc.analyze(edited, 'f', OPTIONS);
  assert.deepEqual(inc.lastRun, { mode: 'incremental', reparsed: 1, reused: inc.lastRun.reused });
  assert.ok(inc.lastRun.reused > 3);
  assert.deepEqual(toDiagnostics(a), full(edited));
  assert.ok(toDiagnostics(a).some((d) => d.code === 'unknown-role'));
});

test('a conversation or top-level key given twice: the same diagnostics as the full analysis', () => {
  const head = 'strategy: S\norganization: O\nsponsor: cio\n';
  const goal = '    goals:\n      - id: g\n        statement: s\n        status: in-progress\n';
  const texts = [
    // An empty conversation, then the same key again (a duplicated line): the second is not checked.
    `${head}conversations:\n  social-media:\n    owner: cmo\n  social-support:\n  social-support:\n    owner: support-lead\n${goal}`,
    `${head}conversations:\n  social-support:\n    owner: cio\n  social-support:\n    owner: nobody\n${goal}`,
    `${head}roles:\n  a-lead:\n    title: A\nroles:\n  b-lead:\n    title: 3\nconversations:\n  social-media:\n    owner: cmo\n`,
  ];
  for (const text of [...texts, ...texts.map((t) => t.replace(/\n/g, '\r\n'))]) {
    const diagnostics = toDiagnostics(new IncrementalAnalyzer().analyze(text, 'f.strategy.yaml', OPTIONS));
    assert.deepEqual(diagnostics, full(text), JSON.stringify(text));
    assert.ok(diagnostics.some((d) => /given twice/.test(d.message)));
  }
});

test('an empty conversation of any name counts as absent, as in the full analysis', () => {
  // A line moved from roles into conversations: `compliance-officer:` with nothing under it.
  const text =
    'strategy: S\norganization: O\nsponsor: cio\nconversations:\n  compliance-officer:\n  social-media:\n    owner: cmo\n';
  for (const t of [text, text.replace(/\n/g, '\r\n')]) {
    const inc = new IncrementalAnalyzer();
    const diagnostics = toDiagnostics(inc.analyze(t, 'f.strategy.yaml', OPTIONS));
    assert.equal(inc.lastRun.mode, 'incremental');
    assert.deepEqual(diagnostics, full(t));
    assert.ok(!diagnostics.some((d) => /compliance-officer/.test(d.message)));
  }
});

test('a finding without a span of its own (on the first line) follows the first line when its block moves', () => {
  const text =
    '# Draft\nstrategy: S\norganization: O\nsponsor: cio\nconversations:\n  social-media:\n    owner: cmo\n    goals:\n      -\n';
  const inc = new IncrementalAnalyzer();
  const before = toDiagnostics(inc.analyze(text, 'f.strategy.yaml', OPTIONS));
  assert.ok(before.some((d) => /must be a mapping, not empty/.test(d.message) && d.range.start.line === 0));
  // A longer first line: every block moves, and the first line is another span.
  const edited = `# The draft of the first workshop, to be reviewed\n${text.slice(text.indexOf('\n') + 1)}`;
  const after = toDiagnostics(inc.analyze(edited, 'f.strategy.yaml', OPTIONS));
  assert.equal(inc.lastRun.mode, 'incremental');
  assert.equal(inc.lastRun.reparsed, 0);
  assert.deepEqual(after, full(edited));
});

const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '  ',
      '\n',
      '- ',
      ': ',
      '#',
      'owner: cmo\n',
      '  - id: x\n',
      '[',
      '"',
      'nobody',
      '\n  social-media:\n',
      'sponsor: cio\n',
      '&a ',
      '*a',
      '---\n',
      '\t',
      'ü',
    ),
  }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -2, max: 2 }) }),
);

type Edit =
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'indent'; line: number; by: number };

function apply(text: string, e: Edit): string {
  if (e.kind === 'delete') {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + text.slice(at + e.len);
  }
  if (e.kind === 'insert') {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.text + text.slice(at);
  }
  const lines = text.split('\n');
  const i = e.line % lines.length;
  lines[i] = e.by > 0 ? ' '.repeat(e.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-e.by}}`), '');
  return lines.join('\n');
}

test('random edit sequences: incremental equals a full parse after every edit', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: sources.length - 1 }),
      fc.array(edit, { minLength: 1, maxLength: 12 }),
      (i, edits) => {
        const inc = new IncrementalAnalyzer();
        let text = sources[i];
        inc.analyze(text, 'f.strategy.yaml', OPTIONS);
        for (const e of edits) {
          text = apply(text, e);
          assert.deepEqual(toDiagnostics(inc.analyze(text, 'f.strategy.yaml', OPTIONS)), full(text));
        }
      },
    ),
    { numRuns: 300, seed: 20261125 },
  );
});

test('a last line ending in a lone CR (no LF) is read as yaml reads it', () => {
  const text = 'strategy: S\r\norganization: O\r\nsponsor: cio\r\nconversations:\r';
  assert.deepEqual(toDiagnostics(new IncrementalAnalyzer().analyze(text, 'f.strategy.yaml', OPTIONS)), full(text));
});

test('line edits as a person makes them (moved, doubled, re-indented lines; LF and CRLF): incremental equals full', () => {
  // This found a key given twice, an empty conversation and a first-line finding handled apart.
  const r = rng(Number(process.env.INCREMENTAL_SEED ?? 4));
  for (let i = 0; i < 300; i++) {
    const inc = new IncrementalAnalyzer();
    let text = sources[Math.floor(r() * sources.length)];
    if (r() < 0.5) text = text.replace(/\n/g, '\r\n');
    inc.analyze(text, 'f.strategy.yaml', OPTIONS);
    for (let k = 0; k < 3; k++) {
      text = mutate(text, r);
      if (r() < 0.2) text = crlf(text, r);
      assert.deepEqual(toDiagnostics(inc.analyze(text, 'f.strategy.yaml', OPTIONS)), full(text), JSON.stringify(text));
    }
  }
});
