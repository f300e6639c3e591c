'use strict';
// Where the end-to-end tools are, and whether they are there.
//
//   const env = require('./env');
//   const a = env.available();        // { ok, missing: [...], hint: 'run npm run setup:e2e' }
//   test('ui', { skip: env.skipReason() }, async () => { ... });
//
// The tools are installed outside the repository by scripts/setup-e2e.sh (npm run setup:e2e);
// keep CODE_SERVER_VERSION, the cache default and the layout in step with that script.
const fs = require('fs');
const os = require('os');
const path = require('path');

const CODE_SERVER_VERSION = '4.100.3'; // = VS Code 1.100.3; the last code-server line that runs on Node 20
const NODE_MAJOR = 20;
const HINT = 'run npm run setup:e2e';
const repoRoot = path.resolve(__dirname, '..', '..');

// Flags for Debian's chromium on these machines: root needs --no-sandbox; the closed network needs
// background networking, component updates, sync and QUIC off (or Chromium keeps dialling out).
const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

function realpathOr(p) {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/** Cache folder (STRATEGY_E2E_CACHE or ~/.cache/strategy-as-code-e2e), absolute. */
function cacheDir() {
  return realpathOr(
    path.resolve(process.env.STRATEGY_E2E_CACHE || path.join(os.homedir(), '.cache', 'strategy-as-code-e2e')),
  );
}
function codeServerDir() {
  return path.join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
}
/** The code-server launcher (a node script; code-server.js runs it with the current node). */
function codeServerBin() {
  return path.join(codeServerDir(), 'node_modules', '.bin', 'code-server');
}
function markerFile() {
  return path.join(codeServerDir(), '.strategy-e2e-installed');
}
/** Chromium executable: STRATEGY_E2E_CHROMIUM or Debian's /usr/bin/chromium. */
function chromiumPath() {
  return process.env.STRATEGY_E2E_CHROMIUM || '/usr/bin/chromium';
}

function isExecutable(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function resolvePlaywrightCore() {
  try {
    return require.resolve('playwright-core', { paths: [repoRoot, __dirname] });
  } catch {
    return null;
  }
}
/** playwright-core from the repository's node_modules (it never downloads a browser). */
function playwrightCore() {
  const p = resolvePlaywrightCore();
  if (!p) throw new Error('playwright-core is not installed: run npm install');
  return require(p);
}

/** What the e2e tests need and what is missing. Cheap: file checks only. */
function available() {
  const missing = [];
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== NODE_MAJOR) {
    missing.push(`node ${NODE_MAJOR}.x (code-server ${CODE_SERVER_VERSION} needs it; this is ${process.version})`);
  }
  if (!isExecutable(chromiumPath())) missing.push(`chromium (${chromiumPath()})`);
  let marker = '';
  try {
    marker = fs.readFileSync(markerFile(), 'utf8').trim();
  } catch {
    /* not installed */
  }
  const want = `code-server=${CODE_SERVER_VERSION} node-abi=${process.versions.modules}`;
  if (!marker.startsWith(want + ' ') || !fs.existsSync(codeServerBin())) {
    missing.push(`code-server ${CODE_SERVER_VERSION} for node ABI ${process.versions.modules} (in ${codeServerDir()})`);
  }
  if (!resolvePlaywrightCore()) missing.push('playwright-core (npm install)');
  return { ok: missing.length === 0, missing, hint: HINT };
}

/** null when everything is there, else a one-line reason (for node:test's { skip }). */
function skipReason() {
  const a = available();
  return a.ok ? null : `e2e tools missing: ${a.missing.join('; ')} (${a.hint})`;
}

/**
 * Launch Debian's chromium through playwright-core, with the flags above and a fresh user-data-dir.
 * Returns { context, page, userDataDir, close() }; close() also deletes the user-data-dir.
 */
async function launchChromium(options = {}) {
  const { chromium } = playwrightCore();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sac-chromium-ud-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_ARGS, ...(options.args || [])],
      viewport: options.viewport || { width: 1400, height: 900 },
      timeout: options.timeout || 60000,
    });
  } catch (e) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const page = context.pages()[0] || (await context.newPage());
  let closed = false;
  return {
    context,
    page,
    userDataDir,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

module.exports = {
  CODE_SERVER_VERSION,
  NODE_MAJOR,
  CHROMIUM_ARGS,
  HINT,
  repoRoot,
  cacheDir,
  codeServerDir,
  codeServerBin,
  markerFile,
  chromiumPath,
  playwrightCore,
  available,
  skipReason,
  launchChromium,
};
// Getters so that `env.chromium` / `env.codeServer` read as plain paths, honouring the env vars at call time.
Object.defineProperty(module.exports, 'chromium', { enumerable: true, get: chromiumPath });
Object.defineProperty(module.exports, 'codeServer', { enumerable: true, get: codeServerBin });
