// Golden cases of strategies across files: each folder of test/fixtures/multi/ is run with the
// arguments in its `args` file (default `check .`), from inside the folder, with --format json and
// --today 2026-11-25; `expected.json` holds the exit code, the JSON output and standard error.
// Regenerate after a reviewed change: UPDATE_GOLDEN=1 node --import tsx --test test/cli/multi-fixtures.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, runCli } from '../helpers/cli';

const dir = path.join(ROOT, 'test', 'fixtures', 'multi');
const cases = fs
  .readdirSync(dir)
  .filter((f) => fs.statSync(path.join(dir, f)).isDirectory())
  .sort();

/** The composition points of the spec, each shown by at least one case (and each new code). */
const REQUIRED = [
  'worked-example',
  'part-alone',
  'unresolved-include',
  'orphan-part',
  'duplicate-conversation',
  'duplicate-role',
  'glob-order',
  'glob-literal-characters',
  'include-empty',
  'absolute-paths',
  'part-syntax-error',
  'part-not-mapping',
  'root-with-part-of',
  'empty-part-of',
  'two-roots',
  'suppression-per-file',
  'symlinked-part',
  'mix-given-and-found',
  'unreadable-include',
  'invalid-conversations-in-part',
];

test('there is a case for each composition point of the spec', () => {
  for (const c of REQUIRED) assert.ok(cases.includes(c), `missing case ${c}`);
});

for (const c of cases) {
  test(`multi-file case ${c}`, () => {
    const folder = path.join(dir, c);
    const argsFile = path.join(folder, 'args');
    const args = fs.existsSync(argsFile) ? fs.readFileSync(argsFile, 'utf8').trim().split(/\s+/) : ['check', '.'];
    const r = runCli([...args, '--format', 'json', '--today', '2026-11-25'], folder);
    const actual = { exit: r.code, output: JSON.parse(r.stdout), stderr: r.stderr.split('\n').filter(Boolean) };
    const golden = path.join(folder, 'expected.json');
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
    assert.deepEqual(actual, JSON.parse(fs.readFileSync(golden, 'utf8')));
  });
}
