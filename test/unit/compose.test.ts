// A strategy across files in the core: the spec's worked example to the letter, include globs whose
// only special characters are *, ** and ?, the per-file cache, and one-file strategies unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import { strategyDiagnostics, toDiagnostics } from '../../server/src/cli/diagnostics';
import { StrategyComposer, escapeGlob, globMatcher, type ComposedStrategy } from '../../server/src/core/compose';
import { memoryHost } from '../../server/src/core/host';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'test', 'fixtures', 'multi', 'worked-example');
const TODAY = '2026-11-25';

/** The worked example's four files, in memory under /ex. */
function exampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const rel of [
    'social.strategy.yaml',
    'conversations/media.strategy.yaml',
    'conversations/tech.strategy.yaml',
    'liability.strategy.yaml',
  ]) {
    files.set(`/ex/${rel}`, fs.readFileSync(path.join(EXAMPLE, rel), 'utf8'));
  }
  return files;
}

function rowsOf(_composer: StrategyComposer, s: ComposedStrategy): string[] {
  const out: string[] = [];
  for (const file of [...s.files.keys()].sort((a, b) => (s.labels.get(a)! < s.labels.get(b)! ? -1 : 1))) {
    for (const d of strategyDiagnostics(s, file))
      out.push(
        `${s.labels.get(file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code}`,
      );
  }
  return out;
}

function composed(composer: StrategyComposer, file: string): ComposedStrategy {
  const r = composer.compose(file);
  assert.ok(!('error' in r), 'composed');
  return r;
}

test("the worked example across files reports exactly the spec's seven diagnostics, from any of its files", () => {
  const composer = new StrategyComposer(memoryHost(exampleFiles()), { today: TODAY });
  const expected = [
    'conversations/tech.strategy.yaml:7:13 warning uncovered-liability',
    'conversations/tech.strategy.yaml:12:13 error duplicate-id',
    'conversations/tech.strategy.yaml:12:13 warning missing-owner',
    'liability.strategy.yaml:11:30 error unknown-reference',
    'social.strategy.yaml:7:1 warning missing-conversation',
    'social.strategy.yaml:7:1 warning missing-conversation',
    'social.strategy.yaml:7:1 warning missing-conversation',
  ];
  for (const start of [
    '/ex/social.strategy.yaml',
    '/ex/conversations/media.strategy.yaml',
    '/ex/liability.strategy.yaml',
  ]) {
    const s = composed(composer, start);
    assert.equal(s.kind, 'composed');
    assert.equal(s.root, '/ex/social.strategy.yaml');
    assert.deepEqual(
      [...s.files.keys()],
      [
        '/ex/social.strategy.yaml',
        '/ex/conversations/media.strategy.yaml',
        '/ex/conversations/tech.strategy.yaml',
        '/ex/liability.strategy.yaml',
      ],
      'composition order: the root, then the glob in code-point order, then the literal entry',
    );
    assert.deepEqual(rowsOf(composer, s), expected, `composed from ${start}`);
  }
  const s = composed(composer, '/ex/social.strategy.yaml');
  const [dup] = strategyDiagnostics(s, '/ex/conversations/tech.strategy.yaml').filter((d) => d.code === 'duplicate-id');
  assert.match(dup.message, /conversations\/media\.strategy\.yaml:7\b/, 'the message names the first occurrence');
  assert.deepEqual(
    dup.related?.map((r) => [r.file, r.range.start.line, r.range.start.character]),
    [['/ex/conversations/media.strategy.yaml', 6, 12]],
  );
  const [ref] = strategyDiagnostics(s, '/ex/liability.strategy.yaml');
  assert.match(ref.message, /did you mean "blogspot"/);
  const missing = strategyDiagnostics(s, '/ex/social.strategy.yaml').map((d) => d.data?.conversation);
  assert.deepEqual(missing, ['social-networking', 'social-support', 'social-innovation']);
});

test('every span of the composed model names its file', () => {
  const composer = new StrategyComposer(memoryHost(exampleFiles()), { today: TODAY });
  const s = composed(composer, '/ex/social.strategy.yaml');
  assert.equal(s.model.header.sponsor?.span.file, '/ex/social.strategy.yaml');
  assert.deepEqual(
    s.model.conversations.map((c) => [c.id, c.keySpan.file]),
    [
      ['social-media', '/ex/conversations/media.strategy.yaml'],
      ['social-technologies', '/ex/conversations/tech.strategy.yaml'],
      ['social-liability', '/ex/liability.strategy.yaml'],
    ],
  );
  assert.equal(s.model.roles[0].keySpan.file, '/ex/social.strategy.yaml');
});

test('include globs: only *, ** and ? are special; (a|b), [ab], {a,b}, !x, +(x) match themselves', () => {
  const cases: [string, string, boolean][] = [
    ['(a|b).strategy.yaml', '(a|b).strategy.yaml', true],
    ['(a|b).strategy.yaml', 'a.strategy.yaml', false],
    ['[ab].strategy.yaml', '[ab].strategy.yaml', true],
    ['[ab].strategy.yaml', 'a.strategy.yaml', false],
    ['{a,b}.strategy.yaml', '{a,b}.strategy.yaml', true],
    ['{a,b}.strategy.yaml', 'a.strategy.yaml', false],
    ['!x.strategy.yaml', '!x.strategy.yaml', true],
    ['!x.strategy.yaml', 'y.strategy.yaml', false],
    ['+(x).strategy.yaml', '+(x).strategy.yaml', true],
    ['+(x).strategy.yaml', 'x.strategy.yaml', false],
    ['@(x)*.strategy.yaml', '@(x)1.strategy.yaml', true],
    ['*.strategy.yaml', 'a.strategy.yaml', true],
    ['*.strategy.yaml', 'a/b.strategy.yaml', false],
    ['*.strategy.yaml', '.hidden.strategy.yaml', false],
    ['?.strategy.yaml', 'a.strategy.yaml', true],
    ['?.strategy.yaml', 'ab.strategy.yaml', false],
    ['**/*.strategy.yaml', 'a/b/c.strategy.yaml', true],
    ['**/*.strategy.yaml', 'c.strategy.yaml', true],
    ['x/**', 'x/a/b.strategy.yaml', true],
    ['A*.strategy.yaml', 'a.strategy.yaml', false],
  ];
  for (const [glob, file, matches] of cases)
    assert.equal(globMatcher(glob)(file), matches, `${glob} vs ${file} (pattern ${escapeGlob(glob)})`);
});

test('globs over a host: code-point order, each file once, no dot-folders, no node_modules, the root skipped', () => {
  const part = (conv: string, rootRel: string) =>
    `part-of: ${rootRel}\nconversations:\n  ${conv}: { owner: cio, participants: [cio] }\n`;
  const host = memoryHost({
    '/s/social.strategy.yaml': 'strategy: S\norganization: O\nsponsor: cio\ninclude: ["**", "p/?.strategy.yaml"]\n',
    '/s/p/b.strategy.yaml': part('social-media', '../social.strategy.yaml'),
    '/s/p/Z.strategy.yaml': part('social-support', '../social.strategy.yaml'),
    '/s/p/é.strategy.yaml': part('social-innovation', '../social.strategy.yaml'),
    '/s/p/\u{1F600}.strategy.yaml': part('social-liability', '../social.strategy.yaml'),
    '/s/p/\uFF5E.strategy.yaml': part('social-networking', '../social.strategy.yaml'),
    '/s/.git/x.strategy.yaml': part('social-technologies', '../social.strategy.yaml'),
    '/s/node_modules/x.strategy.yaml': part('social-technologies', '../social.strategy.yaml'),
  });
  const s = composed(new StrategyComposer(host, { today: TODAY }), '/s/social.strategy.yaml');
  // U+FF5E sorts before U+1F600 by code point, though not by UTF-16 code unit.
  assert.deepEqual(
    [...s.labels.values()],
    [
      'social.strategy.yaml',
      'p/Z.strategy.yaml',
      'p/b.strategy.yaml',
      'p/é.strategy.yaml',
      'p/\uFF5E.strategy.yaml',
      'p/\u{1F600}.strategy.yaml',
    ],
  );
});

test('an edit in one part re-analyses only that file, then the rules of the whole strategy run again', () => {
  const files = exampleFiles();
  const composer = new StrategyComposer(memoryHost(files), { today: TODAY });
  composed(composer, '/ex/social.strategy.yaml');
  assert.equal(composer.cache.analysed, 4);
  composed(composer, '/ex/conversations/media.strategy.yaml');
  assert.equal(composer.cache.analysed, 4, 'nothing changed: nothing re-analysed');
  files.set(
    '/ex/conversations/tech.strategy.yaml',
    files.get('/ex/conversations/tech.strategy.yaml')!.replace('- id: brand-blog', '- id: brand-hosting'),
  );
  const s = composed(composer, '/ex/social.strategy.yaml');
  assert.equal(composer.cache.analysed, 5, 'only the edited file');
  assert.ok(!rowsOf(composer, s).some((r) => r.includes('duplicate-id')), 'the duplicate is gone');
  assert.ok(
    rowsOf(composer, s).some((r) => r.startsWith('conversations/tech.strategy.yaml:12:13 warning missing-owner')),
  );
});

test('a one-file strategy composes to exactly what analyze reports (samples and fixtures)', () => {
  const dirs = [path.join(ROOT, 'samples'), path.join(ROOT, 'test', 'fixtures')];
  let n = 0;
  for (const dir of dirs) {
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.strategy.yaml'))) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const file = `/one/${name}`;
      const composer = new StrategyComposer(memoryHost({ [file]: text }), { today: TODAY });
      const s = composed(composer, file);
      assert.equal(s.kind, 'single');
      assert.deepEqual(strategyDiagnostics(s, file), toDiagnostics(analyze(text, file, { today: TODAY })), name);
      n++;
    }
  }
  assert.ok(n >= 15);
});

test('the root of a part, of a root, of an orphan', () => {
  const files = exampleFiles();
  files.set('/ex/stray.strategy.yaml', 'part-of: social.strategy.yaml\n');
  const composer = new StrategyComposer(memoryHost(files), { today: TODAY });
  assert.equal(composer.rootOf('/ex/conversations/tech.strategy.yaml'), '/ex/social.strategy.yaml');
  assert.equal(composer.rootOf('/ex/social.strategy.yaml'), '/ex/social.strategy.yaml');
  const orphan = composed(composer, '/ex/stray.strategy.yaml');
  assert.equal(orphan.kind, 'orphan');
  assert.deepEqual(
    strategyDiagnostics(orphan, '/ex/stray.strategy.yaml').map((d) => d.code),
    ['orphan-part'],
  );
  assert.deepEqual(composer.compose('/ex/none.strategy.yaml'), {
    file: '/ex/none.strategy.yaml',
    error: 'no such file or folder',
  });
});
