// The extension-host suite (test/e2e/suite, mocha with the real `vscode` API) in a real VS Code:
// code-server 4.100.3 (VS Code 1.100.3) driven headlessly by Debian's chromium. Builds dist/ (the
// extension, the server and dist/test/suite), opens a temp workspace holding the draft sample, and
// expects run() to pass. Needs `npm run setup:e2e`; skips (with that hint) when the tools are missing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const env = require('./env.js');
const codeServer = require('./code-server.js');
const { runExtensionTests } = require('./exthost.js');

const ROOT: string = env.repoRoot;
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const skip = env.skipReason() ?? undefined;

let workspace = '';
let server: { url: string; userDataDir: string; log(): string; stop(): Promise<void> } | undefined;
let failed = true;

before(async () => {
  if (skip) return;
  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, `node esbuild.js failed:\n${build.stdout}${build.stderr}`);
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sac-exthost-ws-'));
  fs.copyFileSync(path.join(ROOT, 'samples', 'draft.strategy.yaml'), path.join(workspace, 'draft.strategy.yaml'));
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await codeServer.start(workspace);
});

after(async () => {
  if (server && failed) printLogs(server);
  await server?.stop();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

test('the extension-host suite passes in code-server (VS Code 1.100.3)', { skip, timeout: 600_000 }, async () => {
  const lines: string[] = [];
  const code = await runExtensionTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'dist', 'test', 'suite', 'index.js'),
    workspace,
    url: server!.url,
    timeoutMs: 540_000,
    screenshotPath: path.join(SHOTS, 'exthost-end.png'),
    log: (line: string) => {
      lines.push(line);
      if (line.trim()) console.log(`  | ${line}`);
    },
  });
  const output = lines.join('\n');
  assert.equal(code, 0, `run() failed with exit code ${code}`);
  const passing = /(\d+) passing/.exec(output);
  assert.ok(passing, 'mocha reported its passing tests');
  const expected = countTests(path.join(ROOT, 'test', 'e2e', 'suite'));
  assert.equal(Number(passing[1]), expected, `every test of the suite ran (${expected} in test/e2e/suite)`);
  assert.doesNotMatch(output, /\d+ failing/);
  assert.doesNotMatch(output, /\d+ pending/, 'no test was skipped');
  failed = false;
});

/** The number of `test(` calls in the suite's sources, to notice a file that did not load. */
function countTests(dir: string): number {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .reduce((n, f) => n + (fs.readFileSync(path.join(dir, f), 'utf8').match(/^\s+test\(/gm) ?? []).length, 0);
}

/** On failure: the extension's output channel and the extension host's log, for the CI output. */
function printLogs(s: { userDataDir: string; log(): string }): void {
  const wanted = /(Strategy\.log|remoteexthost\.log)$/;
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (wanted.test(e.name)) found.push(p);
    }
  };
  try {
    walk(path.join(s.userDataDir, 'logs'));
  } catch {
    // no logs written
  }
  for (const f of found)
    console.log(`----- ${path.relative(s.userDataDir, f)}\n${fs.readFileSync(f, 'utf8').slice(-8000)}`);
  console.log(`----- code-server log (tail)\n${s.log().slice(-4000)}`);
}
