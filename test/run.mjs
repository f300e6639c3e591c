// Runs every test tier with node's test runner. Tiers whose system parts are missing skip with a
// clear message on a person's machine, and fail the run in CI (CI=true).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tiers = ['unit', 'cli', 'lsp', 'preview', 'e2e'];
const only = process.argv.slice(2);
const files = [];
for (const tier of tiers) {
  if (only.length && !only.includes(tier)) continue;
  const dir = join(root, 'test', tier);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) if (/\.test\.(ts|mjs|js)$/.test(f)) files.push(join('test', tier, f));
}
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('dist/ is missing: run "npm run build" (npm install does it) before the tests.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
