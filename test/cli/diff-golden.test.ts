// Golden pairs of strategies (test/fixtures/diff/<case>/old|new.strategy.yaml): `strategy diff OLD NEW`
// in text and json (and md for the spec's worked example) against the files checked in beside them.
// Regenerate after a reviewed change with: UPDATE_GOLDEN=1 node --import tsx --test test/cli/diff-golden.test.ts
// (worked-example/expected.txt is the spec's text and is never regenerated).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, runCli } from '../helpers/cli';

const dir = path.join(ROOT, 'test', 'fixtures', 'diff');
const cases = fs
  .readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

function golden(folder: string, file: string, actual: string): void {
  const f = path.join(folder, file);
  if (process.env.UPDATE_GOLDEN && !(file === 'expected.txt' && folder.endsWith('worked-example')))
    fs.writeFileSync(f, actual);
  assert.equal(actual, fs.readFileSync(f, 'utf8'), `${path.relative(ROOT, f)}`);
}

test("there are golden pairs, the spec's worked example among them", () => {
  assert.ok(cases.includes('worked-example'));
  assert.ok(cases.length >= 4);
});

for (const name of cases) {
  const folder = path.join(dir, name);
  const run = (...args: string[]) =>
    runCli(['diff', 'old.strategy.yaml', 'new.strategy.yaml', '--today', '2026-11-25', ...args], folder);

  test(`${name}: text and json match their golden files`, () => {
    const text = run();
    assert.equal(text.code, 0);
    assert.equal(text.stderr, '');
    golden(folder, 'expected.txt', text.stdout);
    const json = run('--format', 'json');
    golden(folder, 'expected.json', json.stdout);
    const [entry] = JSON.parse(json.stdout);
    assert.deepEqual(
      [entry.root, entry.base, entry.head],
      ['new.strategy.yaml', 'old.strategy.yaml', 'new.strategy.yaml'],
    );
    assert.equal(
      entry.changes.length,
      text.stdout.split('\n').filter((l) => /^[! ] [-+~>] /.test(l)).length,
      'one text line per record',
    );
  });
}

test('worked-example: md matches its golden file', () => {
  const r = runCli(
    ['diff', 'old.strategy.yaml', 'new.strategy.yaml', '--today', '2026-11-25', '--format', 'md'],
    path.join(dir, 'worked-example'),
  );
  golden(path.join(dir, 'worked-example'), 'expected.md', r.stdout);
});
