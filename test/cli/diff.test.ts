// `strategy diff` as a user runs it, without git: the two-file form, --fail-on, formats, usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, ROOT, runCli } from '../helpers/cli';

const WORKED = path.join(ROOT, 'test', 'fixtures', 'diff', 'worked-example');
const TODAY = ['--today', '2026-11-25'];
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-diff-cli-'));

test('two files need no git: the worked example runs with no git on PATH, outside any repository', () => {
  const dir = tmp();
  for (const f of ['old.strategy.yaml', 'new.strategy.yaml']) fs.copyFileSync(path.join(WORKED, f), path.join(dir, f));
  const r = spawnSync(process.execPath, [CLI, 'diff', 'old.strategy.yaml', 'new.strategy.yaml', ...TODAY], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: '' },
  });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, fs.readFileSync(path.join(WORKED, 'expected.txt'), 'utf8'));
  assert.equal(r.status, 0, 'regressions alone do not fail without --fail-on');
});

test('--fail-on regression exits 1 on a regression; --fail-on change on any record; no records exit 0', () => {
  const run = (...args: string[]) =>
    runCli(['diff', 'old.strategy.yaml', 'new.strategy.yaml', ...TODAY, ...args], WORKED);
  assert.equal(run('--fail-on', 'regression').code, 1);
  assert.equal(run('--fail-on', 'change').code, 1);
  const same = runCli(['diff', 'old.strategy.yaml', 'old.strategy.yaml', ...TODAY, '--fail-on', 'change'], WORKED);
  assert.equal(same.stdout, 'no changes\n');
  assert.equal(same.code, 0);
  const dir = tmp();
  const old = fs.readFileSync(path.join(WORKED, 'old.strategy.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'a.strategy.yaml'), old);
  fs.writeFileSync(path.join(dir, 'b.strategy.yaml'), old.replace('name: Brand blog', 'name: Company blog'));
  const neutral = runCli(['diff', 'a.strategy.yaml', 'b.strategy.yaml', ...TODAY, '--fail-on', 'regression'], dir);
  assert.match(neutral.stdout, /^ {2}~ application brand-blog: name changed from "Brand blog" to "Company blog"$/m);
  assert.equal(neutral.code, 0, 'a neutral change does not fail --fail-on regression');
  assert.equal(runCli(['diff', 'a.strategy.yaml', 'b.strategy.yaml', ...TODAY, '--fail-on', 'change'], dir).code, 1);
});

test('a file of the two-file form that cannot be read: one line naming it, exit 2', () => {
  const r = runCli(['diff', 'old.strategy.yaml', 'gone.strategy.yaml', ...TODAY], WORKED);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'strategy: cannot read gone.strategy.yaml: no such file or folder\n');
});

test('json: one entry with root and head NEW, base OLD, and the spec keys of every record', () => {
  const r = runCli(['diff', 'old.strategy.yaml', 'new.strategy.yaml', ...TODAY, '--format', 'json'], WORKED);
  const out = JSON.parse(r.stdout);
  assert.equal(out.length, 1);
  assert.deepEqual(Object.keys(out[0]), ['root', 'base', 'head', 'changes']);
  const allowed = [
    'kind',
    'id',
    'conversation',
    'change',
    'field',
    'before',
    'after',
    'impact',
    'message',
    'fingerprint',
    'base',
    'head',
  ];
  for (const c of out[0].changes) {
    const keys = Object.keys(c);
    assert.deepEqual(
      keys,
      allowed.filter((k) => keys.includes(k)),
      'the spec order',
    );
  }
  assert.equal(out[0].changes[0].fingerprint, 'a6cb14235b7c');
});

test('md: a pull-request comment, regressions first, neutral changes collapsed', () => {
  const r = runCli(['diff', 'old.strategy.yaml', 'new.strategy.yaml', ...TODAY, '--format', 'md'], WORKED);
  assert.equal(r.code, 0);
  const regressions = r.stdout.indexOf('**Regressions (4)**');
  const details = r.stdout.indexOf('<details><summary>3 neutral changes</summary>');
  assert.ok(regressions > 0 && details > regressions);
  assert.ok(r.stdout.indexOf('</details>') > details);
});

test('usage errors exit 2 with one message: options, formats, dates, too many revisions, --since-review with a revision', () => {
  for (const [args, message] of [
    [['--frmat', 'md'], /^strategy: unknown option --frmat; did you mean --format\?$/m],
    [['--format', 'html'], /--format takes text, md, json, got "html"/],
    [['--fail-on', 'warning'], /--fail-on takes regression, change, got "warning"/],
    [['--today', '2026-02-30'], /--today takes a date YYYY-MM-DD/],
    [['a', 'b', 'c'], /at most two revisions/],
    [['--since-review', 'HEAD'], /--since-review finds the base itself/],
  ] as [string[], RegExp][]) {
    const r = runCli(['diff', ...args], WORKED);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stdout, '');
  }
});
