// Bundles the command line, the language server and the VS Code client into dist/, the preview
// page's script (client/preview-src, for the browser) into dist/webview/, and the browser build of the
// extension (vscode.dev, github.dev: its client and its language server for a web worker) into dist/web/. Tests require this file for
// the same build options (buildOptions) without building.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const watch = process.argv.includes('--watch');
// --production (vscode:prepublish, for the .vsix): minified, no source maps.
const production = process.argv.includes('--production');
const { version } = require('./package.json');
const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/src/lsp/main.ts', out: 'server', banner: '#!/usr/bin/env node' },
  { in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
  { in: 'client/preview-src/index.ts', out: 'webview/preview', browser: true },
  // package.json "browser": the web extension host loads a CommonJS module, in a web worker.
  { in: 'client/src/web/extension.ts', out: 'web/extension', browser: true, format: 'cjs', external: ['vscode'] },
  { in: 'server/src/lsp/browser/main.ts', out: 'web/server', browser: true },
  ...extensionTestEntries(),
];

// The extension-host test suite (test/e2e/suite, the @vscode/test-electron run() contract): index.js
// and one bundle per *.test.ts in dist/test/suite/. Not in the production build (the .vsix).
function extensionTestEntries() {
  const dir = path.join(__dirname, 'test', 'e2e', 'suite');
  if (production || !fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => ({
      in: `test/e2e/suite/${f}`,
      out: `test/suite/${f.replace(/\.ts$/, '')}`,
      external: ['vscode', 'mocha'],
    }));
}

/** esbuild's options for one entry (`{ in, out, external?, banner?, browser?, format? }`). */
function buildOptions(e, { minify = production } = {}) {
  return {
    entryPoints: { [e.out]: e.in },
    absWorkingDir: __dirname,
    outdir: path.join(__dirname, 'dist'),
    bundle: true,
    platform: e.browser ? 'browser' : 'node',
    target: e.browser ? 'es2020' : 'node20',
    format: e.format ?? (e.browser ? 'iife' : 'cjs'),
    sourcemap: !minify,
    minify,
    external: e.external ?? [],
    banner: e.banner ? { js: e.banner } : undefined,
    logLevel: 'warning',
    define: { STRATEGY_VERSION: JSON.stringify(version) },
  };
}

async function main() {
  const builds = entries.filter((e) => fs.existsSync(path.join(__dirname, e.in))).map((e) => buildOptions(e));
  if (watch) {
    for (const b of builds) (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  for (const bin of ['dist/cli.js', 'dist/server.js']) if (fs.existsSync(bin)) fs.chmodSync(bin, 0o755);
}

module.exports = { entries, buildOptions };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
