// The rooms' walls (docs/architecture): the client asks the server and never analyses, so it imports
// nothing of server/src but the protocol file, and its bundle holds neither yaml nor ajv; the core
// uses no Node-only API (it also runs in a browser: test/preview/core-in-browser.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleEntry } from '../helpers/bundle';
import { ROOT } from '../helpers/cli';

function sources(dir: string): { file: string; text: string }[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .map((file) => ({ file: path.relative(ROOT, file), text: fs.readFileSync(file, 'utf8') }));
}

/** Every module specifier a file imports (import/export ... from, import(), require()). */
function imports(text: string): string[] {
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

test('client/src and client/preview-src import nothing of the server but server/src/protocol.ts', () => {
  const files = [...sources('client/src'), ...sources('client/preview-src')];
  assert.ok(files.length > 10);
  const seen: string[] = [];
  for (const { file, text } of files) {
    for (const spec of imports(text)) {
      if (!spec.startsWith('.')) continue;
      const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec));
      if (target.startsWith('server')) seen.push(`${file} -> ${target}`);
    }
  }
  assert.ok(seen.length > 0, 'the client does import the protocol file');
  assert.deepEqual(
    seen.filter((s) => !s.endsWith('-> server/src/protocol')),
    [],
  );
});

test('server/src/core uses no Node-only API: no node built-in, Buffer, process or require', () => {
  const builtins = new Set([
    'fs',
    'path',
    'crypto',
    'os',
    'util',
    'url',
    'buffer',
    'child_process',
    'worker_threads',
    'stream',
    'events',
  ]);
  const found: string[] = [];
  for (const { file, text } of sources('server/src/core')) {
    for (const spec of imports(text))
      if (spec.startsWith('node:') || builtins.has(spec)) found.push(`${file} imports ${spec}`);
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const name of ['Buffer', 'process', 'require', '__dirname']) {
      if (new RegExp(`\\b${name}\\b`).test(code)) found.push(`${file} uses ${name}`);
    }
  }
  assert.deepEqual(found, []);
});

test('dist/extension.js (the production build) holds neither yaml, ajv nor the core, and is little beyond the language client', async () => {
  const extension = await bundleEntry('extension');
  const inputs = Object.keys(extension.metafile.inputs);
  assert.ok(
    inputs.some((i) => i.includes('node_modules/vscode-languageclient/')),
    "the metafile lists the bundle's inputs",
  );
  const forbidden = inputs.filter((i) =>
    /node_modules\/(yaml|ajv|ajv-formats)\/|server\/src\/(core|lsp|cli)\//.test(i),
  );
  assert.deepEqual(forbidden, []);
  const own = Object.entries(Object.values(extension.metafile.outputs)[0].inputs)
    .filter(([file]) => !file.includes('node_modules/'))
    .reduce((sum, [, v]) => sum + v.bytesInOutput, 0);
  assert.ok(own < 40_000, `the client's own code is ${own} bytes minified`);
  // vscode-languageclient 11 alone bundles to about 437 KB minified: the bound is that floor plus the client.
  assert.ok(extension.code.length < 480_000, `dist/extension.js is ${extension.code.length} bytes minified`);
});

test('the client uses no Node global outside client/src/node/ (the browser build runs the same code in a web worker)', () => {
  const found: string[] = [];
  for (const { file, text } of sources('client/src')) {
    if (file.startsWith(path.join('client', 'src', 'node') + path.sep)) continue;
    for (const spec of imports(text))
      if (spec.startsWith('node:') || /^(fs|path|crypto|os|child_process)$/.test(spec))
        found.push(`${file} imports ${spec}`);
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const name of ['Buffer', 'process', 'require', '__dirname', '__filename'])
      if (new RegExp(`\\b${name}\\b`).test(code)) found.push(`${file} uses ${name}`);
  }
  assert.deepEqual(found, []);
});

test('the browser build: dist/web/extension.js is the same client with no server in it, dist/web/server.js the server with no Node in it', async () => {
  const extension = await bundleEntry('web/extension');
  const inputs = Object.keys(extension.metafile.inputs);
  assert.ok(inputs.includes('client/src/web/launch.ts'));
  assert.deepEqual(
    inputs.filter((i) =>
      /node_modules\/(yaml|ajv|ajv-formats)\/|server\/src\/(core|lsp|cli)\/|client\/src\/node\/|\/lib\/node\//.test(i),
    ),
    [],
  );
  // vscode-languageclient's browser build is a little smaller than its Node build: the same bound.
  assert.ok(extension.code.length < 480_000, `dist/web/extension.js is ${extension.code.length} bytes minified`);
  const server = await bundleEntry('web/server');
  const serverInputs = Object.keys(server.metafile.inputs);
  assert.ok(serverInputs.includes('server/src/lsp/browser/main.ts'));
  assert.deepEqual(
    serverInputs.filter((i) => /server\/src\/(cli|node)\/|server\/src\/lsp\/node\/|\/lib\/node\//.test(i)),
    [],
  );
  // The core with its generated validators and yaml, and the LSP server: about 630 KB, as on Node.
  assert.ok(server.code.length < 700_000, `dist/web/server.js is ${server.code.length} bytes minified`);
});

test('the preview page script is a browser bundle of client/preview-src alone', async () => {
  const script = await bundleEntry('webview/preview');
  const inputs = Object.keys(script.metafile.inputs);
  assert.deepEqual(
    inputs.filter((i) => !i.startsWith('client/')),
    [],
    'no library, no server code',
  );
  assert.ok(inputs.includes('client/preview-src/index.ts'));
  assert.ok(script.code.length < 10_000, `${script.code.length} bytes`);
});
