// Records the byte-exact output of `strategy check` (stdout, stderr, exit code) on the samples and on
// every test fixture, in text, json and sarif, for test/cli/goldens.test.ts to compare against.
//
//   node test/cli/goldens/record.mjs             build dist/, then record every golden
//   node test/cli/goldens/record.mjs --no-build  record with the dist/ that is there
//
// Each case writes `<case>.<format>.stdout` (the raw bytes) and an entry in `index.json` holding its
// arguments, exit code and stderr. Review the diff (`git diff test/cli/goldens`) before committing.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const TODAY = '2026-11-25';
export const FORMATS = ['text', 'json', 'sarif'];
const root = new URL('../../../', import.meta.url).pathname;
const here = join(root, 'test', 'cli', 'goldens');

/** Every case: a name and the paths plus extra arguments given to `strategy check`. */
export function cases() {
  const list = [{ name: 'samples', paths: ['samples'], extra: [] }];
  for (const f of readdirSync(join(root, 'samples')).filter((f) => /\.strategy\.ya?ml$/.test(f)).sort()) {
    list.push({ name: `samples-${f.replace(/\.strategy\.ya?ml$/, '')}`, paths: [`samples/${f}`], extra: [] });
  }
  const fixtures = join(root, 'test', 'fixtures');
  for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.strategy.yaml')).sort()) {
    const base = f.replace(/\.strategy\.yaml$/, '');
    const argsFile = join(fixtures, `${base}.args`);
    const extra = existsSync(argsFile) ? readFileSync(argsFile, 'utf8').trim().split(/\s+/) : [];
    list.push({ name: `fixture-${base}`, paths: [`test/fixtures/${f}`], extra });
  }
  return list;
}

export function argsOf(c, format) {
  return ['check', ...c.paths, '--format', format, '--today', TODAY, ...c.extra];
}

/** Runs dist/cli.js from the repository root, as a user would. */
export function runCheck(args) {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function main() {
  if (!process.argv.includes('--no-build')) {
    const b = spawnSync(process.execPath, [join(root, 'esbuild.js')], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
  // Stale goldens (a fixture removed or renamed) go; this script and the test's files stay.
  for (const f of readdirSync(here)) if (f.endsWith('.stdout') || f === 'index.json') rmSync(join(here, f));
  const index = {};
  for (const c of cases()) {
    for (const format of FORMATS) {
      const args = argsOf(c, format);
      const r = runCheck(args);
      const key = `${c.name}.${format}`;
      writeFileSync(join(here, `${key}.stdout`), r.stdout);
      index[key] = { args, code: r.code, stderr: r.stderr };
    }
  }
  writeFileSync(join(here, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  console.log(`recorded ${Object.keys(index).length} goldens in ${here}`);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) main();
