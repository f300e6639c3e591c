// Runs every test tier with node's test runner. Tiers whose system parts are missing skip with a
// clear message on a person's machine (at the start and again after the last summary, with the
// command that enables them), and fail the run in CI (CI=true).
//
//   node test/run.mjs            all tiers
//   node test/run.mjs unit lsp   only these tiers
//
// The e2e tier (a real VS Code: code-server + chromium) runs after the others, one file at a time:
// each file starts its own code-server, and it rebuilds dist/, which the other tiers read.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const tiers = ['unit', 'cli', 'lsp', 'preview', 'pre-commit', 'e2e'];
const serialTiers = new Set(['e2e']);
const only = process.argv.slice(2);
const inCI = process.env.CI === 'true';

/** What a tier needs beyond node_modules: null when it is there, else what is missing and what to run. */
const requirements = {
  'pre-commit': () => {
    const r = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    return r.status === 0
      ? null
      : {
          missing: ['the pre-commit tool (Debian package pre-commit)'],
          run: 'npm run setup:e2e (or: apt-get install pre-commit)',
        };
  },
  e2e: () => {
    const a = require('./e2e/env.js').available();
    return a.ok ? null : { missing: a.missing, run: 'npm run setup:e2e' };
  },
};

function filesOf(tier) {
  const dir = join(root, 'test', tier);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((f) => /\.test\.(ts|mjs|js)$/.test(f))
    .map((f) => join('test', tier, f));
}

for (const t of only) {
  if (!tiers.includes(t)) {
    console.error(`unknown tier "${t}"; the tiers are: ${tiers.join(', ')}`);
    process.exit(2);
  }
}
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('dist/ is missing: run "npm run build" (npm install does it) before the tests.');
  process.exit(1);
}

const parallel = [];
const serial = [];
const problems = [];
const skipped = [];
for (const tier of tiers) {
  if (only.length && !only.includes(tier)) continue;
  const files = filesOf(tier);
  if (files.length === 0) continue;
  const missing = requirements[tier]?.();
  if (missing) {
    const text = `The ${tier} tier needs: ${missing.missing.join('; ')}.\n  To run it: ${missing.run}   (then npm test again)`;
    if (inCI) problems.push(text);
    else {
      console.log(`\nSKIPPED ${text}\n`);
      skipped.push(text);
    }
    continue;
  }
  (serialTiers.has(tier) ? serial : parallel).push(...files);
}

function runFiles(files, concurrency) {
  if (files.length === 0) return 0;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files], {
    cwd: root,
    stdio: 'inherit',
  });
  console.log(`# ${files.length} file(s) in ${((Date.now() - t0) / 1000).toFixed(1)} s (concurrency ${concurrency})`);
  return r.status ?? 1;
}

const status = [runFiles(parallel, 2), runFiles(serial, 1)];
if (problems.length) {
  console.error(
    `\nFAILED (CI=true, so a tier that cannot run fails the run):\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
if (skipped.length) {
  // node's own summary says "# skipped 0": it never saw these tiers. Say so where the reader looks last.
  console.log(
    `\nNOT TESTED in this run (${skipped.length} tier${skipped.length === 1 ? '' : 's'} skipped):\n${skipped.map((p) => `  ${p}`).join('\n')}`,
  );
}
process.exit(status.find((s) => s !== 0) ?? 0);
