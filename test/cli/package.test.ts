// `npm run package` builds an installable .vsix without asking anything; its contents are what the
// installed extension needs and nothing else. Runs in a copy of the project so that the production
// build does not rewrite the dist/ other tests are using.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/cli';
import { listZip, readZipEntry, type ZipEntry } from '../helpers/zip';

const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const VSIX = `${name}-${version}.vsix`;
const SKIP_COPY = new Set([
  'node_modules',
  '.git',
  'dist',
  'out',
  '.cache',
  'test-results',
  'screenshots',
  '.vscode-test',
]);
const hasServerSource = fs.existsSync(path.join(ROOT, 'server/src/lsp/main.ts'));

describe('npm run package', { timeout: 180_000 }, () => {
  let work: string;
  let entries: ZipEntry[];
  let names: string[];
  let vsixSize: number;
  let vsix: string;

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-package-'));
    fs.cpSync(ROOT, work, {
      recursive: true,
      filter: (src) => {
        const rel = path.relative(ROOT, src);
        return !SKIP_COPY.has(rel.split(path.sep)[0]) && !rel.endsWith('.vsix');
      },
    });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    // stdin closed: any prompt vsce might show fails the run instead of waiting for an answer.
    const r = spawnSync('npm', ['run', 'package'], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 170_000,
      env: { ...process.env, CI: 'true' },
    });
    assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}\n${r.stderr}`);
    vsix = path.join(work, VSIX);
    assert.ok(fs.existsSync(vsix), `${VSIX} not written in the project root:\n${r.stdout}`);
    vsixSize = fs.statSync(vsix).size;
    entries = listZip(vsix);
    names = entries.map((e) => e.name);
  });

  it("bundles the extension, the preview page's script and the CLI", () => {
    assert.ok(names.includes('extension/dist/extension.js'), names.join('\n'));
    assert.ok(names.includes('extension/dist/webview/preview.js'), names.join('\n'));
    assert.ok(names.includes('extension/dist/cli.js'), names.join('\n'));
    assert.ok(entries.find((e) => e.name === 'extension/dist/extension.js')!.size > 10_000);
  });

  it('bundles the language server', { skip: !hasServerSource && 'server/src/lsp/main.ts is not written yet' }, () => {
    assert.ok(names.includes('extension/dist/server.js'), names.join('\n'));
  });

  it('bundles the browser build (package.json "browser"): its client and its language server, no source maps', () => {
    assert.ok(names.includes('extension/dist/web/extension.js'), names.join('\n'));
    assert.ok(names.includes('extension/dist/web/server.js'), names.join('\n'));
    assert.deepEqual(
      names.filter((n) => n.endsWith('.map')),
      [],
    );
    const pkg = JSON.parse(readZipEntry(vsix, 'extension/package.json').toString('utf8'));
    assert.equal(pkg.browser, './dist/web/extension.js');
  });

  it('holds the manifest, readme, changelog, license, icon, grammar and schema', () => {
    for (const f of [
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/readme.md',
      'extension/changelog.md',
      'extension/LICENSE.txt',
      'extension/images/icon.png',
      'extension/syntaxes/strategy.tmLanguage.json',
      'extension/language-configuration.json',
      'extension/schemas/strategy.schema.json',
    ]) {
      assert.ok(names.includes(f), `${f} missing from the .vsix:\n${names.join('\n')}`);
    }
  });

  it('holds the rule pages the language server links to, beside dist/', () => {
    const pages = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
    assert.ok(pages.length >= 15, pages.join(', '));
    for (const page of pages)
      assert.ok(names.includes(`extension/docs/rules/${page}`), `docs/rules/${page} missing from the .vsix`);
  });

  it('holds no node_modules, sources, tests, source maps, samples or other docs', () => {
    const unwanted = names.filter(
      (n) =>
        n.includes('node_modules/') ||
        /\.ts$/.test(n) ||
        n.endsWith('.map') ||
        /^extension\/(test|client|server|bench|scripts|samples|\.ci)\//.test(n) ||
        (n.startsWith('extension/docs/') && !n.startsWith('extension/docs/rules/')) ||
        n.endsWith('.vsix'),
    );
    assert.deepEqual(unwanted, []);
  });

  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('is under 2 MB', () => {
    assert.ok(vsixSize < 2 * 1024 * 1024, `${VSIX} is ${vsixSize} bytes`);
  });

  it('ships a manifest with publisher, icon and the bundled entry point, and no made-up repository address', () => {
    const pkg = JSON.parse(readZipEntry(vsix, 'extension/package.json').toString('utf8'));
    assert.equal(pkg.name, name);
    assert.equal(pkg.version, version);
    assert.ok(pkg.publisher, 'publisher');
    assert.equal(pkg.repository, undefined, 'no repository until there is a real one');
    assert.doesNotMatch(JSON.stringify(pkg), /example\.invalid/);
    assert.equal(pkg.icon, 'images/icon.png');
    assert.equal(pkg.main, './dist/extension.js');
  });

  it('ships a real PNG icon and a bundled extension that keeps vscode external', () => {
    const png = readZipEntry(vsix, 'extension/images/icon.png');
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    const js = readZipEntry(vsix, 'extension/dist/extension.js').toString('utf8');
    assert.match(js, /require\(["']vscode["']\)/);
    assert.doesNotMatch(js, /require\(["']vscode-languageclient/);
  });
});
