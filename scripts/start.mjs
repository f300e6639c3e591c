#!/usr/bin/env node
// npm start: try the extension in a real VS Code in your browser. Builds and packages the extension
// (npm run package -> strategy-as-code-<version>.vsix), starts code-server 4.100.3 (VS Code 1.100.3)
// on 127.0.0.1 with the .vsix installed and a fresh copy of samples/ open (in the system's temp
// folder, so that the demo never edits the repository), prints the URL and runs until Ctrl+C.
//
//   npm start                      port 8765, or a free one when 8765 is taken
//   npm start -- --port 9000       another port (PORT=9000 npm start does the same)
//   npm start -- --no-package      reuse the .vsix already in the project root
//   npm start -- --folder DIR      open DIR itself instead of a copy of samples/
//
// code-server comes from `npm run setup:e2e`; without it this says what to run and exits 1.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as path from 'node:path';
import { DEMO_SETTINGS, prepareDemoWorkspace } from './demo-workspace.mjs';

const require = createRequire(import.meta.url);
const env = require('../test/e2e/env.js');
const root = env.repoRoot;
const DEFAULT_PORT = 8765;

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
if (argv.includes('--help') || argv.includes('-h')) {
  console.log('usage: npm start [-- --port N] [--no-package] [--folder DIR]');
  process.exit(0);
}

// code-server (and the Node it needs) is what this needs; chromium is only for the tests.
const missing = env.available().missing.filter((m) => !/^chromium|^playwright-core/.test(m));
if (missing.length) {
  console.error(
    `npm start needs code-server ${env.CODE_SERVER_VERSION}, which is not installed here:\n  ${missing.join('\n  ')}\n\n` +
      `Run this once (about 2 minutes; it installs code-server into ${env.cacheDir()}, and Debian packages with apt):\n\n` +
      '  npm run setup:e2e\n\nthen npm start again.',
  );
  process.exit(1);
}

const chosen = option('folder');
if (chosen !== undefined && !(fs.existsSync(chosen) && fs.statSync(chosen).isDirectory())) {
  console.error(`not a folder: ${path.resolve(chosen)}`);
  process.exit(2);
}
const wantedPort = Number(option('port') ?? process.env.PORT ?? DEFAULT_PORT);
if (!Number.isInteger(wantedPort) || wantedPort <= 0 || wantedPort > 65535) {
  console.error(`not a port: ${option('port') ?? process.env.PORT}`);
  process.exit(2);
}

const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${name}-${version}.vsix`);
if (!argv.includes('--no-package')) {
  console.log('Building and packaging the extension (npm run package)...');
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'package'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) {
    console.error('npm run package failed; see above.');
    process.exit(1);
  }
}
if (!fs.existsSync(vsix)) {
  console.error(`${vsix} is missing: run npm start without --no-package.`);
  process.exit(1);
}

/** The wanted port when it is free on 127.0.0.1, else one the kernel picks. */
function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

const codeServer = require('../test/e2e/code-server.js');
const port = (await portFree(wantedPort)) ? wantedPort : await codeServer.freePort();
if (port !== wantedPort) console.log(`Port ${wantedPort} is taken; using ${port}.`);

const demo =
  chosen === undefined ? prepareDemoWorkspace(root) : { folder: path.resolve(chosen), settings: { ...DEMO_SETTINGS } };
const folder = demo.folder;
if (chosen === undefined)
  console.log(`Copied samples/ to ${folder}: edit freely there, the repository's samples stay as they are.`);
console.log(`Starting code-server ${env.CODE_SERVER_VERSION} with ${path.basename(vsix)} installed...`);
let server;
try {
  server = await codeServer.start(folder, { extensions: [vsix], port, settings: demo.settings });
} catch (e) {
  console.error(`code-server did not start: ${e.message}`);
  process.exit(1);
}

console.log(`
  Strategy as Code ${version} in VS Code ${env.CODE_SERVER_VERSION.replace(/^4\./, '1.')} (code-server), folder ${folder}

    ${server.folderUrl}

  Open a *.strategy.yaml file (draft.strategy.yaml shows every kind of problem), then try
  Ctrl+Space after "owner: ", the Problems panel (Ctrl+Shift+M) and "Strategy: Open Preview to the Side" (F1).
  Listening on 127.0.0.1 only; from another machine use an SSH tunnel (ssh -L ${port}:127.0.0.1:${port} host).
  Press Ctrl+C to stop.${chosen === undefined ? ` The copy stays in ${folder} afterwards; delete it when you are done.` : ''}
`);

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  clearInterval(watch);
  console.log('\nStopping code-server...');
  await server.stop().catch(() => undefined);
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void shutdown(0));

// code-server runs in its own process group; notice if it ends on its own.
const watch = setInterval(() => {
  try {
    process.kill(server.pid, 0);
  } catch {
    console.error(`code-server exited; its log:\n${server.log().slice(-3000)}`);
    void shutdown(1);
  }
}, 2000);
