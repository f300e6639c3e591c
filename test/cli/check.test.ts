// `strategy check` as a user runs it: formats, exit codes, folders, options, usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, runCli } from '../helpers/cli';

const TODAY = ['--today', '2026-11-25'];
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-cli-'));

test('text output is compiler-style with a summary on stderr; errors exit 1', () => {
  const r = runCli(['check', 'samples/', ...TODAY]);
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n');
  for (const l of lines)
    assert.match(
      l,
      /^samples\/(draft|contoso\/conversations\/[a-z]+)\.strategy\.yaml:\d+:\d+ (error|warning|information|hint) [a-z-]+ .+$/,
    );
  assert.ok(lines.some((l) => l.startsWith('samples/draft.strategy.yaml:130:16 error unknown-role ')));
  assert.match(r.stderr, /^6 errors, 7 warnings, 3 notes in 9 files$/m);
});

test('the draft sample shows every kind of problem (every rule but file-too-large), each where its TODO says', () => {
  const r = runCli(['check', 'samples/draft.strategy.yaml', '--format', 'json', ...TODAY]);
  const diagnostics: { code: string; range: { start: { line: number } } }[] = JSON.parse(r.stdout)[0].diagnostics;
  const sarif = JSON.parse(runCli(['check', 'samples', '--format', 'sarif', ...TODAY]).stdout);
  // Not file-too-large, nor the two codes of strategies across files (samples/contoso, test/fixtures/multi).
  const acrossFiles = ['file-too-large', 'unresolved-include', 'orphan-part'];
  const every: string[] = sarif.runs[0].tool.driver.rules
    .map((x: { id: string }) => x.id)
    .filter((c: string) => !acrossFiles.includes(c));
  assert.deepEqual([...new Set(diagnostics.map((d) => d.code))].sort(), every.sort());
  const lines = fs.readFileSync(path.join(ROOT, 'samples', 'draft.strategy.yaml'), 'utf8').split('\n');
  for (const code of every)
    assert.ok(
      lines.some((l) => l.includes(`# TODO ${code}`)),
      `a TODO comment names ${code}`,
    );
});

test('the complete sample checks clean and exits 0', () => {
  const r = runCli(['check', 'samples/northwind.strategy.yaml', ...TODAY]);
  assert.equal(r.stdout, '');
  assert.equal(r.code, 0);
  assert.match(r.stderr, /0 errors, 0 warnings in 1 file/);
});

test('json has the spec shape, one entry per file, 0-based positions', () => {
  const r = runCli(['check', 'samples', '--format', 'json', ...TODAY]);
  const out = JSON.parse(r.stdout);
  const contoso = ['innovation', 'liability', 'media', 'networking', 'support', 'technologies'].map(
    (p) => `samples/contoso/conversations/${p}.strategy.yaml`,
  );
  assert.deepEqual(
    out.map((f: { file: string }) => f.file),
    [
      ...contoso,
      'samples/contoso/social.strategy.yaml',
      'samples/draft.strategy.yaml',
      'samples/northwind.strategy.yaml',
    ],
  );
  const draft = out.find((f: { file: string }) => f.file === 'samples/draft.strategy.yaml');
  assert.deepEqual(out.find((f: { file: string }) => f.file === 'samples/northwind.strategy.yaml').diagnostics, []);
  const d = draft.diagnostics.find((x: { code: string }) => x.code === 'unknown-role');
  assert.deepEqual(d.range.start, { line: 129, character: 15 });
  for (const x of draft.diagnostics) {
    assert.ok(['error', 'warning', 'information', 'hint'].includes(x.severity));
    assert.equal(typeof x.message, 'string');
  }
  assert.equal(r.stderr, '');
});

test('sarif 2.1.0: one run, every rule with help, results matching the diagnostics', () => {
  const json = JSON.parse(runCli(['check', 'samples', '--format', 'json', ...TODAY]).stdout);
  const sarif = JSON.parse(runCli(['check', 'samples', '--format', 'sarif', ...TODAY]).stdout);
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs.length, 1);
  const rules = sarif.runs[0].tool.driver.rules;
  assert.equal(rules.length, 16);
  for (const r of rules) {
    // the rule's page itself, as the product has no web address to link to
    assert.equal(r.help.markdown, fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${r.id}.md`), 'utf8'), r.id);
    assert.equal(r.helpUri, undefined, r.id);
    assert.ok(r.shortDescription.text, r.id);
  }
  assert.equal(sarif.runs[0].tool.driver.informationUri, undefined);
  assert.doesNotMatch(JSON.stringify(sarif), /https?:\/\/(?!json\.schemastore\.org)/);
  assert.equal(rules.find((r: { id: string }) => r.id === 'missing-owner').defaultConfiguration.level, 'error');
  assert.equal(rules.find((r: { id: string }) => r.id === 'sponsor-absent').defaultConfiguration.level, 'note');
  const diags = json.flatMap((f: { file: string; diagnostics: object[] }) =>
    f.diagnostics.map((d) => ({ ...d, file: f.file })),
  );
  const results = sarif.runs[0].results;
  assert.equal(results.length, diags.length);
  assert.ok(diags.some((d: { file: string }) => d.file === 'samples/draft.strategy.yaml'));
  results.forEach((res: any, i: number) => {
    const d = diags[i];
    assert.equal(res.ruleId, d.code);
    assert.equal(
      res.level,
      { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[d.severity as string],
    );
    const region = res.locations[0].physicalLocation.region;
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, d.file);
    assert.deepEqual([region.startLine, region.startColumn], [d.range.start.line + 1, d.range.start.character + 1]);
  });
});

test('--rule changes severities and --max-warnings counts warnings', () => {
  const off = runCli([
    'check',
    'samples/draft.strategy.yaml',
    ...TODAY,
    '--rule',
    'unknown-role=off',
    '--rule',
    'unknown-reference=warning',
    '--rule',
    'missing-owner=warning',
    '--rule',
    'schema=warning',
    '--rule',
    'duplicate-id=off',
  ]);
  assert.equal(off.code, 0);
  assert.doesNotMatch(off.stdout, /unknown-role/);
  assert.match(off.stdout, /warning unknown-reference/);
  const strict = runCli([
    'check',
    'samples/draft.strategy.yaml',
    ...TODAY,
    '--rule',
    'unknown-role=off',
    '--rule',
    'unknown-reference=off',
    '--rule',
    'missing-owner=off',
    '--rule',
    'schema=off',
    '--rule',
    'duplicate-id=off',
    '--max-warnings',
    '5',
  ]);
  assert.equal(strict.code, 1);
  const lenient = runCli([
    'check',
    'samples/draft.strategy.yaml',
    ...TODAY,
    '--rule',
    'unknown-role=off',
    '--rule',
    'unknown-reference=off',
    '--rule',
    'missing-owner=off',
    '--rule',
    'schema=off',
    '--rule',
    'duplicate-id=off',
    '--max-warnings',
    '6',
  ]);
  assert.equal(lenient.code, 0);
});

test('usage errors say what is wrong and point at --help in one line (exit 2); no arguments print the usage', () => {
  for (const args of [
    ['check', '--bogus'],
    ['check', '--rule', 'nope=off'],
    ['check', '--rule', 'schema=loud'],
    ['check', '--today', '2026-02-30'],
    ['check', '--format', 'xml'],
    ['check', '--format'],
    ['init', '--force=yes'],
    ['frobnicate'],
  ]) {
    const r = runCli(args);
    assert.equal(r.code, 2, args.join(' '));
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    assert.match(lines[0], /^strategy: /);
    assert.equal(lines[1], 'Run "strategy --help" for the commands and their options.');
    assert.doesNotMatch(r.stderr, /Usage: strategy/);
  }
  const bare = runCli([]);
  assert.equal(bare.code, 2);
  assert.match(bare.stderr, /Usage: strategy/);
});

test('a mistyped option gets the closest one', () => {
  const r = runCli(['check', 'samples/', '--frmat', 'json']);
  assert.equal(r.code, 2);
  assert.equal(r.stderr.split('\n')[0], 'strategy: unknown option --frmat; did you mean --format?');
  assert.equal(
    runCli(['check', '--max-warning', '3']).stderr.split('\n')[0],
    'strategy: unknown option --max-warning; did you mean --max-warnings?',
  );
  assert.equal(
    runCli(['render', 'x', '--ouptut', 'y']).stderr.split('\n')[0],
    'strategy: unknown option --ouptut; did you mean --output?',
  );
  assert.equal(runCli(['check', '--zzzzzz']).stderr.split('\n')[0], 'strategy: unknown option --zzzzzz');
  assert.equal(runCli(['check', '--format']).stderr.split('\n')[0], 'strategy: option --format needs a value');
  assert.equal(runCli(['init', '--force=yes']).stderr.split('\n')[0], 'strategy: option --force takes no value');
});

test('an unreadable path is named on stderr, exit 2, the other files still reported', () => {
  const r = runCli([
    'check',
    'samples/draft.strategy.yaml',
    'no/such/file.strategy.yaml',
    '--format',
    'json',
    ...TODAY,
  ]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /cannot read no\/such\/file\.strategy\.yaml: no such file or folder/);
  assert.equal(JSON.parse(r.stdout).length, 1);
});

test('folders: strategy files only, sorted, skipping node_modules and dot-folders; a named file whatever its name', () => {
  const dir = tmp();
  const ok = 'strategy: S\norganization: O\nsponsor: cio\n';
  for (const f of [
    'b.strategy.yml',
    'a.strategy.yaml',
    'sub/c.strategy.yaml',
    'node_modules/x.strategy.yaml',
    '.hidden/y.strategy.yaml',
    'notes.yaml',
  ]) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), ok);
  }
  const r = runCli(['check', '--format', 'json', ...TODAY], dir);
  assert.deepEqual(
    JSON.parse(r.stdout).map((f: { file: string }) => f.file),
    ['a.strategy.yaml', 'b.strategy.yml', path.join('sub', 'c.strategy.yaml')],
  );
  const named = runCli(['check', 'notes.yaml', '--format', 'json', ...TODAY], dir);
  assert.equal(JSON.parse(named.stdout)[0].file, 'notes.yaml');
});

test('a folder with no strategy file: empty result, a note on stderr, exit 0', () => {
  const r = runCli(['check', tmp(), '--format', 'json']);
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.stdout), []);
  assert.match(r.stderr, /no \*\.strategy\.yaml/);
});

test('a 10 MB file gets file-too-large; --max-file-size raises the limit', { timeout: 60_000 }, () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'big.strategy.yaml'), 'strategy: S\n' + '# padding\n'.repeat(1_000_000));
  const r = runCli(['check', 'big.strategy.yaml', '--format', 'json'], dir);
  assert.equal(r.code, 1);
  assert.deepEqual(
    JSON.parse(r.stdout)[0].diagnostics.map((d: { code: string }) => d.code),
    ['file-too-large'],
  );
  const raised = runCli(['check', 'big.strategy.yaml', '--format', 'json', '--max-file-size', '20000000'], dir);
  assert.ok(!JSON.parse(raised.stdout)[0].diagnostics.some((d: { code: string }) => d.code === 'file-too-large'));
});
