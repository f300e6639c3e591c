// `strategy check` on the samples and every fixture gives byte for byte the recorded stdout, stderr
// and exit code (test/cli/goldens/). After a reviewed change of output, re-record with one command:
//   node test/cli/goldens/record.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, runCli } from '../helpers/cli';

const dir = path.join(ROOT, 'test', 'cli', 'goldens');
const RERECORD = 'if the change is intended, re-record with: node test/cli/goldens/record.mjs';

interface Golden {
  args: string[];
  code: number;
  stderr: string;
}
const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as Record<string, Golden>;

test('every sample and fixture has its goldens in the three formats', () => {
  const expected = ['samples'];
  for (const f of fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => /\.strategy\.ya?ml$/.test(f))) {
    expected.push(`samples-${f.replace(/\.strategy\.ya?ml$/, '')}`);
  }
  for (const f of fs.readdirSync(path.join(ROOT, 'test', 'fixtures')).filter((f) => f.endsWith('.strategy.yaml'))) {
    expected.push(`fixture-${f.replace(/\.strategy\.yaml$/, '')}`);
  }
  const keys = expected.flatMap((name) => ['text', 'json', 'sarif'].map((format) => `${name}.${format}`)).sort();
  assert.deepEqual(Object.keys(index).sort(), keys, RERECORD);
});

for (const [key, golden] of Object.entries(index)) {
  test(`strategy ${golden.args.join(' ')} is byte-identical to ${key}`, () => {
    const r = runCli(golden.args);
    const stdout = fs.readFileSync(path.join(dir, `${key}.stdout`), 'utf8');
    assert.equal(r.stdout, stdout, `stdout of ${key} differs; ${RERECORD}`);
    assert.equal(r.stderr, golden.stderr, `stderr of ${key} differs; ${RERECORD}`);
    assert.equal(r.code, golden.code, `exit code of ${key} differs; ${RERECORD}`);
  });
}
