// Golden files: each fixture's `--format json` output for --today 2026-11-25, checked in beside it.
// A fixture is named after the rule it shows: CODE.strategy.yaml, or CODE.CASE.strategy.yaml for more cases.
// Regenerate after a reviewed change with: UPDATE_GOLDEN=1 node --import tsx --test test/cli/fixtures.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_CODES } from '../../server/src/core/ruleDocs';
import { ROOT, runCli } from '../helpers/cli';

const dir = path.join(ROOT, 'test', 'fixtures');
const fixtures = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.strategy.yaml'))
  .sort();

test('there is one fixture per rule code', () => {
  const codes = fixtures.map((f) => f.split('.')[0]);
  for (const code of RULE_CODES) {
    // The codes of strategies across files have their cases as folders of files: test/fixtures/multi/CODE/.
    const across = fs.existsSync(path.join(dir, 'multi', code, 'expected.json'));
    assert.ok(codes.includes(code) || across, `missing fixture for ${code}`);
  }
});

for (const file of fixtures) {
  const name = file.replace('.strategy.yaml', '');
  const code = name.split('.')[0];
  test(`fixture ${name} matches its golden output and shows its rule`, () => {
    const argsFile = path.join(dir, `${name}.args`);
    const extra = fs.existsSync(argsFile) ? fs.readFileSync(argsFile, 'utf8').trim().split(/\s+/) : [];
    const rel = path.join('test', 'fixtures', file);
    const r = runCli(['check', rel, '--format', 'json', '--today', '2026-11-25', ...extra]);
    const actual = JSON.parse(r.stdout);
    const goldenFile = path.join(dir, `${name}.expected.json`);
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(goldenFile, r.stdout);
    assert.deepEqual(actual, JSON.parse(fs.readFileSync(goldenFile, 'utf8')));
    const found = actual[0].diagnostics.map((d: { code: string }) => d.code);
    assert.ok(found.includes(code), `${file} does not show ${code}`);
    const errors = actual[0].diagnostics.some((d: { severity: string }) => d.severity === 'error');
    assert.equal(r.code, errors ? 1 : 0);
  });
}
