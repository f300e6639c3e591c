#!/usr/bin/env node
// Smoke check of the e2e tooling (not part of the unit suite): `node test/e2e/smoke.mjs`
//   1. code-server starts on an empty temp workspace with no extension, Debian's chromium (playwright-core)
//      loads the workbench and `.monaco-workbench` appears;
//   2. extension-host tests run through the page URL payload: a passing run() gives exit code 0,
//      a throwing run() a non-zero one (skip with --no-exthost).
// Exits 0 when all checks pass, 1 otherwise; 2 when the tools are missing (run npm run setup:e2e).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const env = require('./env.js');
const codeServer = require('./code-server.js');
const { runExtensionTests } = require('./exthost.js');

const withExthost = !process.argv.includes('--no-exthost');
const shotDir = process.env.STRATEGY_E2E_SHOTS || path.join(os.tmpdir(), 'sac-e2e-smoke');

const avail = env.available();
if (!avail.ok) {
  console.error(`e2e tools missing:\n  ${avail.missing.join('\n  ')}\n${avail.hint}`);
  process.exit(2);
}

const results = [];
async function check(name, fn) {
  const t = Date.now();
  try {
    const detail = await fn();
    results.push(true);
    console.log(`PASS ${name} (${Date.now() - t} ms)${detail ? ` :: ${detail}` : ''}`);
  } catch (e) {
    results.push(false);
    console.log(`FAIL ${name} (${Date.now() - t} ms): ${e && e.stack ? e.stack : e}`);
  }
}

// A minimal extension and two test modules (the @vscode/test-electron run() contract).
function writeProbeExtension(root) {
  fs.mkdirSync(path.join(root, 'suite'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'package.json'),
    JSON.stringify(
      {
        name: 'e2e-smoke-probe',
        publisher: 'strategy-as-code',
        version: '0.0.1',
        engines: { vscode: '^1.100.0' },
        main: './extension.js',
        activationEvents: [],
      },
      null,
      2,
    ),
  );
  fs.writeFileSync(path.join(root, 'extension.js'), 'exports.activate = () => {}; exports.deactivate = () => {};\n');
  fs.writeFileSync(
    path.join(root, 'suite', 'pass.js'),
    `
exports.run = async function () {
  const vscode = require('vscode');
  if (!/^1\\.100\\./.test(vscode.version)) throw new Error('unexpected VS Code ' + vscode.version);
  const folders = vscode.workspace.workspaceFolders || [];
  if (folders.length !== 1) throw new Error('expected one workspace folder, got ' + folders.length);
  const ext = vscode.extensions.getExtension('strategy-as-code.e2e-smoke-probe');
  if (!ext) throw new Error('extension under development not loaded');
  console.log('SMOKE-EXTHOST-OK vscode=' + vscode.version + ' uiKind=' + vscode.env.uiKind);
};
`,
  );
  fs.writeFileSync(
    path.join(root, 'suite', 'fail.js'),
    "exports.run = async function () { throw new Error('SMOKE-EXPECTED-FAILURE'); };\n",
  );
}

const t0 = Date.now();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sac-e2e-smoke-'));
const workspace = path.join(tmp, 'workspace');
const extDir = path.join(tmp, 'probe-extension');
fs.mkdirSync(workspace);
fs.mkdirSync(shotDir, { recursive: true });
let server = null;
try {
  await check('code-server starts (/healthz)', async () => {
    server = await codeServer.start(workspace);
    return `${server.url} pid ${server.pid}`;
  });

  if (server) {
    await check('chromium loads the workbench (.monaco-workbench)', async () => {
      const browser = await env.launchChromium();
      try {
        await browser.page.goto(server.folderUrl);
        await browser.page.waitForSelector('.monaco-workbench', { timeout: 90000 });
        const shot = path.join(shotDir, 'workbench.png');
        await browser.page.screenshot({ path: shot });
        return `title="${await browser.page.title()}" screenshot ${shot}`;
      } finally {
        await browser.close();
      }
    });

    if (withExthost) {
      writeProbeExtension(extDir);
      await check('extension-host tests: passing run() -> exit code 0', async () => {
        const lines = [];
        const code = await runExtensionTests({
          extensionDevelopmentPath: extDir,
          extensionTestsPath: path.join(extDir, 'suite', 'pass.js'),
          workspace,
          url: server.url,
          timeoutMs: 90000,
          log: (l) => lines.push(l),
        });
        if (code !== 0) throw new Error(`exit code ${code}; output:\n${lines.join('\n')}`);
        const ok = lines.find((l) => l.includes('SMOKE-EXTHOST-OK'));
        return ok ? ok.trim() : 'exit code 0';
      });
      await check('extension-host tests: throwing run() -> non-zero exit code', async () => {
        const lines = [];
        const code = await runExtensionTests({
          extensionDevelopmentPath: extDir,
          extensionTestsPath: path.join(extDir, 'suite', 'fail.js'),
          workspace,
          url: server.url,
          timeoutMs: 90000,
          log: (l) => lines.push(l),
        });
        if (code === 0 || code === 124) throw new Error(`exit code ${code}; output:\n${lines.join('\n')}`);
        return `exit code ${code}`;
      });
    }
  }
} finally {
  if (server) {
    const pid = server.pid;
    await server.stop();
    let alive = true;
    try {
      process.kill(-pid, 0);
    } catch {
      alive = false;
    }
    results.push(!alive);
    console.log(
      `${alive ? 'FAIL' : 'PASS'} code-server stopped (process group ${pid} ${alive ? 'still alive' : 'gone'})`,
    );
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

const failed = results.filter((r) => !r).length;
console.log(`smoke: ${results.length - failed} passed, ${failed} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
