// `npm test` (test/run.mjs): a tier that cannot run here is named again after the last summary,
// with the command that enables it, so that "# skipped 0" above it does not read as "all tested".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/cli';

test('a skipped tier is repeated at the end of the run with the command that enables it', () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-no-e2e-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, STRATEGY_E2E_CACHE: cache };
    delete env.CI;
    const r = spawnSync(process.execPath, [path.join(ROOT, 'test', 'run.mjs'), 'e2e'], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
      timeout: 60_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const tail = r.stdout.trimEnd().split('\n').slice(-3).join('\n');
    assert.match(
      tail,
      /^NOT TESTED in this run \(1 tier skipped\):\n {2}The e2e tier needs: .*code-server.*\n {2}To run it: npm run setup:e2e/,
      r.stdout,
    );
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
});
