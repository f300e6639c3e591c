'use strict';
// Run extension-host tests (a module exporting run(), the @vscode/test-electron contract, using the real
// `vscode` API) inside code-server's Node extension host, driven headlessly by Debian's chromium.
//
// How: code-server's command line rejects --extensionDevelopmentPath/--extensionTestsPath, but the web
// workbench reads them from the page URL (?payload=...), as @vscode/test-web does. When run() settles the
// page calls window.codeAutomationExit(code); output arrives through window.codeAutomationLog. After that
// exit the window's extension host is stopped: do UI checks in a fresh page load.
//
//   const { runExtensionTests } = require('./exthost');
//   const code = await runExtensionTests({ extensionDevelopmentPath, extensionTestsPath, workspace });
//
// CLI: node test/e2e/exthost.js --dev <ext folder> --tests <suite/index.js> [--folder <ws>] [--url <running server>] [--timeout <s>]
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const env = require('./env');
const codeServer = require('./code-server');

// Workbench chatter that is noise for a test log (shown with verbose / STRATEGY_E2E_VERBOSE=1).
const NOISE =
  /^(Resolv|Creating a socket|Updating additional|\[Service Worker\]|ChatSessionStore|Ignoring fetching additional builtin extensions)/;

/**
 * @param {object} o
 * @param {string} o.extensionDevelopmentPath folder of the extension under test (its package.json)
 * @param {string} o.extensionTestsPath the test module (exports run()), an absolute or relative path
 * @param {string} [o.workspace] folder to open (default: a new empty temp folder)
 * @param {string} [o.url] base URL of a code-server already running on this machine (default: start one)
 * @param {string[]} [o.extensions] other extensions to install when a server is started here
 * @param {object} [o.settings] user settings, when a server is started here
 * @param {number} [o.timeoutMs=120000] whole-run deadline; on expiry the result is 124
 * @param {(line:string, type:string)=>void} [o.log] receives the extension host's output (default console.log)
 * @param {boolean} [o.verbose] also pass on workbench noise
 * @param {string} [o.screenshotPath] where to save a screenshot of the page at the end
 * @returns {Promise<number>} the exit code run() produced (0 = passed), 124 on timeout, 1 on other failures
 */
async function runExtensionTests(o) {
  if (!o || !o.extensionDevelopmentPath || !o.extensionTestsPath) {
    throw new Error('runExtensionTests: extensionDevelopmentPath and extensionTestsPath are required');
  }
  const dev = path.resolve(o.extensionDevelopmentPath);
  const tests = path.resolve(o.extensionTestsPath);
  for (const p of [dev, tests]) if (!fs.existsSync(p)) throw new Error(`runExtensionTests: not found: ${p}`);
  const timeoutMs = o.timeoutMs || 120000;
  const verbose = o.verbose || process.env.STRATEGY_E2E_VERBOSE === '1';
  const out = o.log || ((line, type) => console.log(`[${type}] ${line}`));

  let tmpWorkspace = null;
  let workspace = o.workspace;
  if (!workspace) workspace = tmpWorkspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sac-exthost-ws-'));
  workspace = fs.realpathSync(path.resolve(workspace));

  let server = null;
  let browser = null;
  const t0 = Date.now();
  try {
    let base = o.url;
    if (!base) {
      server = await codeServer.start(workspace, { extensions: o.extensions, settings: o.settings, timeoutMs });
      base = server.url;
    }
    base = base.replace(/\/+$/, '');
    const authority = new URL(base).host; // code-server's remote authority is the host:port the browser used
    const remote = (p) => `vscode-remote://${authority}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(dev)],
      ['extensionTestsPath', remote(tests)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ]);

    browser = await env.launchChromium();
    const { page } = browser;
    let settle;
    const result = new Promise((resolve) => {
      settle = resolve;
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(args || []));
      if (verbose || !NOISE.test(line)) out(line, type);
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle(typeof code === 'number' ? code : 1));
    page.on('crash', () => {
      out('page crashed', 'error');
      settle(1);
    });
    const timer = setTimeout(() => settle(124), Math.max(1000, timeoutMs - (Date.now() - t0)));
    try {
      await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
      const code = await result;
      if (code === 124) out(`extension tests did not finish within ${timeoutMs} ms`, 'error');
      if (o.screenshotPath) await page.screenshot({ path: o.screenshotPath }).catch(() => {});
      return code;
    } finally {
      clearTimeout(timer);
    }
  } finally {
    if (browser) await browser.close();
    if (server) await server.stop();
    if (tmpWorkspace) fs.rmSync(tmpWorkspace, { recursive: true, force: true });
  }
}

module.exports = { runExtensionTests };

if (require.main === module) {
  const argv = process.argv.slice(2);
  const arg = (k, d) => {
    const i = argv.indexOf(`--${k}`);
    return i >= 0 ? argv[i + 1] : d;
  };
  const dev = arg('dev');
  const tests = arg('tests');
  if (!dev || !tests) {
    console.error(
      'usage: node test/e2e/exthost.js --dev <extension folder> --tests <test module> [--folder <workspace>] [--url <base>] [--timeout <seconds>]',
    );
    process.exit(2);
  }
  const a = env.available();
  if (!a.ok && !arg('url')) {
    console.error(`e2e tools missing: ${a.missing.join('; ')} (${a.hint})`);
    process.exit(2);
  }
  const t0 = Date.now();
  runExtensionTests({
    extensionDevelopmentPath: dev,
    extensionTestsPath: tests,
    workspace: arg('folder'),
    url: arg('url'),
    timeoutMs: Number(arg('timeout', 120)) * 1000,
  }).then(
    (code) => {
      console.log(`extension-host tests exit code: ${code} (${Date.now() - t0} ms)`);
      process.exit(code === 0 ? 0 : 1);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
