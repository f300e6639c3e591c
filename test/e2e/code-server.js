'use strict';
// Start and stop code-server 4.100.3 (a real VS Code 1.100.3 workbench + Node extension host) on
// 127.0.0.1 for end-to-end tests. Each start() gets its own temp folder: user-data, extensions,
// XDG config/data and the log, so runs never share state and nothing is written under ~/.config.
//
//   const codeServer = require('./code-server');
//   const cs = await codeServer.start('/abs/workspace', { extensions: ['/abs/ext.vsix', '/abs/ext-folder'] });
//   await page.goto(cs.folderUrl);   // = `${cs.url}/?folder=<workspace>`
//   await cs.stop();
//
// Needs `npm run setup:e2e` first (see env.js).
const fs = require('fs');
const os = require('os');
const net = require('net');
const http = require('http');
const path = require('path');
const { spawn, execFile } = require('child_process');
const env = require('./env');

const QUIET_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false,
  'editor.hover.delay': 200,
  'window.restoreWindows': 'none',
});

// Process groups to kill if the test process ends without stop(). code-server runs in its own process
// group (so stop() can take its children too), which also means Ctrl+C in a terminal does not reach it.
const running = new Map(); // pid -> () => void that removes the run's temp folder
function killAll() {
  for (const [pid, removeDir] of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    try {
      removeDir();
    } catch {
      /* best effort */
    }
  }
  running.clear();
}
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => {
    killAll();
    // keep the default behaviour (exit by that signal) unless someone else handles it
    if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
  });
}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** One GET; resolves to the status code, or 0 when nothing answered within timeoutMs. */
function httpStatus(url, timeoutMs) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode || 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/** Environment for code-server: isolated XDG dirs, and no VSCODE_* variables inherited from an outer VS Code
 *  (VSCODE_IPC_HOOK_CLI would make `--install-extension` talk to the editor the tests were started from). */
function childEnv(dir, extra) {
  const e = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') continue;
    e[k] = v;
  }
  e.XDG_CONFIG_HOME = path.join(dir, 'xdg-config');
  e.XDG_DATA_HOME = path.join(dir, 'xdg-data');
  e.XDG_CACHE_HOME = path.join(dir, 'xdg-cache');
  // No marketplace: an empty gallery config disables it, so the workbench does not try to reach open-vsx.org
  // (it cannot here; it would log ENOTFOUND errors into every run).
  if (!e.EXTENSIONS_GALLERY) e.EXTENSIONS_GALLERY = '{}';
  return Object.assign(e, extra || {});
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Put one extension into the extensions dir: a .vsix through code-server's installer, a folder by copying. */
async function addExtension(ext, { bin, common, envVars, extensionsDir, timeoutMs }) {
  const src = path.resolve(ext);
  const st = fs.statSync(src); // throws a clear ENOENT for a wrong path
  if (st.isDirectory()) {
    const pkg = JSON.parse(fs.readFileSync(path.join(src, 'package.json'), 'utf8'));
    const id = `${pkg.publisher}.${pkg.name}-${pkg.version}`;
    fs.cpSync(src, path.join(extensionsDir, id), {
      recursive: true,
      filter: (p) => !/[\\/](\.git|\.vscode-test)$/.test(p),
    });
    return id;
  }
  await new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [bin, ...common, '--install-extension', src, '--force'],
      { env: envVars, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) =>
        err
          ? reject(new Error(`code-server --install-extension ${src} failed: ${err.message}\n${stdout}${stderr}`))
          : resolve(),
    );
  });
  return path.basename(src);
}

/**
 * Start code-server on a workspace folder.
 * @param {string} workspaceDir folder to open (must exist)
 * @param {object} [options]
 * @param {string[]} [options.extensions] .vsix files or unpacked extension folders to install first
 * @param {object}   [options.settings] user settings merged over the quiet defaults
 * @param {number}   [options.port] port on 127.0.0.1 (default: a free one)
 * @param {number}   [options.timeoutMs=90000] how long to wait for /healthz
 * @param {object}   [options.env] extra environment variables for code-server
 * @param {boolean}  [options.keep] keep the temp folder after stop() (also STRATEGY_E2E_KEEP=1)
 * @returns {Promise<{url:string, port:number, pid:number, workspace:string, folderUrl:string, dir:string,
 *   logFile:string, userDataDir:string, extensionsDir:string, log:()=>string, stop:()=>Promise<void>}>}
 *   url is the base, without a trailing slash: `http://127.0.0.1:PORT`.
 */
async function start(workspaceDir, options = {}) {
  const a = env.available();
  if (!a.ok) throw new Error(`e2e tools missing: ${a.missing.join('; ')} (${a.hint})`);
  if (!workspaceDir) throw new Error('start(workspaceDir): workspaceDir is required');
  const workspace = fs.realpathSync(path.resolve(workspaceDir));
  if (!fs.statSync(workspace).isDirectory()) throw new Error(`not a folder: ${workspace}`);
  const timeoutMs = options.timeoutMs || 90000;
  const bin = fs.realpathSync(env.codeServerBin());

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sac-code-server-'));
  const userDataDir = path.join(dir, 'user-data');
  const extensionsDir = path.join(dir, 'extensions');
  const configFile = path.join(dir, 'config.yaml');
  const logFile = path.join(dir, 'code-server.log');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...(options.settings || {}) }, null, 2),
  );
  const envVars = childEnv(dir, options.env);
  const removeDir = () => {
    if (!options.keep && process.env.STRATEGY_E2E_KEEP !== '1') fs.rmSync(dir, { recursive: true, force: true });
  };

  let child = null;
  let exited = null; // resolves when the main process has exited
  const killGroup = async () => {
    if (!child) return;
    const pid = child.pid;
    const signal = (sig) => {
      try {
        process.kill(-pid, sig);
      } catch {
        /* group gone */
      }
    };
    const groupAlive = () => {
      try {
        process.kill(-pid, 0);
        return true;
      } catch (e) {
        return e.code === 'EPERM';
      }
    };
    const groupGone = async (ms) => {
      // poll: killed processes linger for a moment until they are reaped
      const end = Date.now() + ms;
      while (groupAlive() && Date.now() < end) await delay(50);
      return !groupAlive();
    };
    // The whole group: code-server, its extension host(s), language servers, pty hosts, ...
    signal('SIGTERM');
    await Promise.race([exited, delay(10000)]);
    if (!(await groupGone(3000))) {
      signal('SIGKILL');
      await groupGone(5000);
    }
    running.delete(pid);
    child = null;
  };
  const stop = async () => {
    await killGroup();
    removeDir();
  };

  try {
    // Folders first: the first .vsix install writes extensions.json, and from then on VS Code only
    // loads the extensions listed there; folders already present get listed by that install.
    const exts = (options.extensions || []).map((x) => path.resolve(x));
    const isDir = (x) => {
      try {
        return fs.statSync(x).isDirectory();
      } catch {
        return false;
      }
    };
    for (const ext of [...exts.filter(isDir), ...exts.filter((x) => !isDir(x))]) {
      // --install-extension needs a config file too, or it writes a default one under XDG_CONFIG_HOME
      fs.writeFileSync(configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
      await addExtension(ext, {
        bin,
        envVars,
        extensionsDir,
        timeoutMs,
        common: ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir],
      });
    }

    // A free port can be taken between asking and binding; retry a few times on EADDRINUSE.
    for (let attempt = 1; ; attempt++) {
      const port = options.port || (await freePort());
      fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
      fs.writeFileSync(logFile, '');
      const out = fs.openSync(logFile, 'a');
      child = spawn(
        process.execPath,
        [
          bin,
          '--config',
          configFile,
          '--user-data-dir',
          userDataDir,
          '--extensions-dir',
          extensionsDir,
          '--bind-addr',
          `127.0.0.1:${port}`,
          '--auth',
          'none',
          '--disable-telemetry',
          '--disable-update-check',
          '--disable-workspace-trust',
          '--disable-getting-started-override',
          workspace,
        ],
        { cwd: dir, env: envVars, detached: true, stdio: ['ignore', out, out] },
      );
      fs.closeSync(out);
      child.unref(); // the caller's process may end without waiting for code-server; the exit hook kills it
      running.set(child.pid, removeDir);
      const me = child;
      exited = new Promise((resolve) => me.once('exit', resolve));
      me.once('error', () => {}); // spawn errors show up as 'exit' too

      const url = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + timeoutMs;
      let healthy = false;
      while (Date.now() < deadline) {
        if (me.exitCode !== null || me.signalCode !== null) break;
        if ((await httpStatus(`${url}/healthz`, 2000)) === 200) {
          healthy = true;
          break;
        }
        await delay(200); // poll interval
      }
      if (healthy) {
        return {
          url,
          port,
          pid: me.pid,
          workspace,
          folderUrl: `${url}/?folder=${encodeURIComponent(workspace)}`,
          dir,
          logFile,
          userDataDir,
          extensionsDir,
          log: () => {
            try {
              return fs.readFileSync(logFile, 'utf8');
            } catch {
              return '';
            }
          },
          stop,
        };
      }
      const log = tail(logFile);
      const died = me.exitCode !== null || me.signalCode !== null;
      await killGroup().catch(() => {});
      if (died && /EADDRINUSE/.test(log) && !options.port && attempt < 3) continue;
      throw new Error(
        died
          ? `code-server exited (code ${me.exitCode}, signal ${me.signalCode}) before /healthz answered; log:\n${log}`
          : `code-server did not answer ${url}/healthz within ${timeoutMs} ms; log:\n${log}`,
      );
    }
  } catch (e) {
    await stop().catch(() => {});
    throw e;
  }
}

module.exports = { start, freePort, QUIET_SETTINGS };
