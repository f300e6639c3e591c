// The fast reader gives exactly the tree the yaml path gives, spans included, or leaves the file to yaml.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { quickTree } from '../../server/src/core/parse/quickTree';
import { parseStrategyText, readStrategyText } from '../../server/src/core/parse/parseStrategy';
import { generateStrategy } from '../../bench/generate';
import { crlf, mutate, randomDocument, rng, window } from '../helpers/quickTreeInputs';

const T = { timeout: 120_000 };
const ROOT = new URL('../..', import.meta.url).pathname;
const MUTANTS = Number(process.env.QUICK_TREE_MUTANTS ?? 3000);
const RANDOM = Number(process.env.QUICK_TREE_RANDOM ?? 3000);
/** Another seed explores other inputs (the default keeps every run the same). */
const SEED = Number(process.env.QUICK_TREE_SEED ?? 0);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

const CORPUS = [...yamlFiles(join(ROOT, 'samples')), ...yamlFiles(join(ROOT, 'test/fixtures'))].map((f) =>
  readFileSync(f, 'utf8'),
);

/** Plain data of a tree: what the rules, the schema and every feature read. */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x ?? null));

/** Fails with the input when the fast reader read something the yaml path reads differently. */
function agrees(text: string): 'quick' | 'bail' {
  const quick = quickTree(text);
  if (quick === undefined) return 'bail';
  const full = parseStrategyText(text);
  const context = `input: ${JSON.stringify(text)}`;
  assert.deepEqual(full.syntaxErrors, [], `the fast reader read a file with syntax errors; ${context}`);
  assert.equal(full.extraDocument, undefined, context);
  assert.equal(full.tooLarge, undefined, context);
  assert.deepEqual(plain(quick), plain(full.root), context);
  return 'quick';
}

test('every sample and fixture the fast reader reads gives the same tree; the samples are read fast', T, () => {
  let fast = 0;
  for (const text of CORPUS) if (agrees(text) === 'quick') fast++;
  assert.ok(fast >= CORPUS.length * 0.8, `only ${fast} of ${CORPUS.length} files took the fast path`);
  for (const f of ['northwind.strategy.yaml', 'draft.strategy.yaml']) {
    const text = readFileSync(join(ROOT, 'samples', f), 'utf8');
    assert.equal(agrees(text), 'quick', f);
    assert.equal(
      agrees(text.replace(/\n/g, '\r\n')),
      'quick',
      `${f} with CRLF line ends (as git may check it out on Windows)`,
    );
  }
});

test('generated benchmark strategies take the fast path and agree', T, () => {
  for (const lines of [1000, 5000]) assert.equal(agrees(generateStrategy({ lines, seed: 3 }).text), 'quick');
});

test('mutated windows of real files: same tree or a bail, never a different tree', T, () => {
  const r = rng(14 + SEED);
  const counts = { quick: 0, bail: 0 };
  for (let i = 0; i < MUTANTS; i++) {
    let text = window(pick(r), r, 4 + Math.floor(r() * 40));
    for (let m = 1 + Math.floor(r() * 3); m > 0; m--) text = mutate(text, r);
    counts[agrees(r() < 0.25 ? crlf(text, r) : text)]++;
  }
  assert.ok(counts.quick > MUTANTS * 0.3, `the fast path read only ${counts.quick} of ${MUTANTS}`);
  assert.ok(counts.bail > 0);

  function pick(rand: () => number): string {
    return CORPUS[Math.floor(rand() * CORPUS.length)];
  }
});

test('random documents: same tree or a bail', T, () => {
  const r = rng(2026 + SEED);
  let quick = 0;
  for (let i = 0; i < RANDOM; i++) {
    const indent = r() < 0.2 ? 1 + Math.floor(r() * 3) : 0; // sometimes an indented root, as a conversation block
    const doc = randomDocument(r, 0, indent) + (r() < 0.7 ? '\n' : '');
    if (agrees(r() < 0.25 ? crlf(doc, r) : doc) === 'quick') quick++;
  }
  assert.ok(quick > RANDOM * 0.3, `the fast path read only ${quick} of ${RANDOM}`);
});

/** `levels` mappings nested in one another, the innermost holding `leaf`. */
const nested = (levels: number, leaf: string): string =>
  Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}k${i}:`).join('\n') + ` ${leaf}\n`;
const FLOW9 = `${'['.repeat(9)}a${']'.repeat(9)}`;

const CRLF_ALL = [
  'a: b  # c',
  'd:',
  '  - e',
  '  - { f: g, h: [i, "j"] }',
  '  # k',
  '',
  'l: |',
  '  m',
  '',
  '  n',
  'o: >-',
  '  p',
  '  q',
  "r: 'it''s'",
  's:',
  't: [ ]',
].join('\r\n');

/** Inputs at the fast reader's limits, and inputs that once broke it (a different tree, or a throw). */
const REGRESSIONS: { name: string; text: string; expect?: 'quick' | 'bail' }[] = [
  // The deepest the reader takes (64 block levels, 9 flow levels) stays within yaml's nesting bound...
  { name: 'the deepest nesting the fast reader reads', text: nested(64, FLOW9), expect: 'quick' },
  // ...and deeper than that bound (yaml: tooLarge) is never read fast.
  { name: 'nesting beyond MAX_NESTING', text: nested(120, 'v'), expect: 'bail' },
  { name: 'a 1,000-character key', text: `${'k'.repeat(1000)}: v\n`, expect: 'quick' },
  { name: 'a key over 1,024 characters (a yaml error)', text: `${'k'.repeat(1030)}: v\n`, expect: 'bail' },
  {
    // 200,000 blank lines were spread as arguments of one push: a RangeError, not a tree.
    name: 'a block scalar holding a long run of blank lines',
    text: `a: |\n  x\n${'\n'.repeat(200_000)}  y\nb: >\n  x\n${'\n'.repeat(200_000)}  y\n`,
    expect: 'quick',
  },
  // With CRLF line ends, `?`, `-` and `:` before the CR are indicators, not plain scalars (found by fuzzing).
  { name: 'an explicit key `?` at a CRLF line end', text: '\r\n- ?\r\n- ~\r\n- ', expect: 'bail' },
  { name: 'a `-` value at a CRLF line end', text: 'a: -\r\nb: 1\r\n', expect: 'bail' },
  { name: 'CRLF line ends in every construct', text: CRLF_ALL, expect: 'quick' },
];

test('limits and regressions: inputs at the edges, and inputs that once broke the fast reader', T, () => {
  for (const { name, text, expect } of REGRESSIONS) {
    const got = agrees(text);
    if (expect) assert.equal(got, expect, name);
  }
});

test('readStrategyText gives the fast tree with the same ParsedText, and the yaml document on demand', T, () => {
  const text = readFileSync(join(ROOT, 'samples/northwind.strategy.yaml'), 'utf8');
  const quick = readStrategyText(text);
  const full = parseStrategyText(text);
  assert.deepEqual(plain(quick.root), plain(full.root));
  assert.deepEqual(quick.syntaxErrors, []);
  assert.equal(quick.document?.toJS().strategy, full.document?.toJS().strategy);
  const broken = readStrategyText('a: [b\n');
  assert.ok(broken.syntaxErrors.length > 0, 'a broken file goes to yaml and gets its syntax errors');
});
