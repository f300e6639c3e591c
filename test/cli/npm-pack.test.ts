// `npm pack` gives the installable command line: the tarball holds the two commands, the docs and the
// schema and nothing else, declares no dependency, and installed into a temp prefix (offline) its
// `strategy check` answers as dist/cli.js does, and its `strategy-language-server` answers over stdio.
// Packed with --ignore-scripts from the dist/ this run built (the prepare script would rebuild the
// dist/ the other tests read); test/pre-commit/ packs a clean clone with its scripts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, runCli } from '../helpers/cli';

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

function npm(args: string[], cwd = ROOT): SpawnSyncReturns<string> {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(r.status, 0, `npm ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** What the tarball may hold: npm's own three, the changelog, the two commands, the docs and the schema. */
function allowed(file: string): boolean {
  return (
    ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cli.js', 'dist/server.js'].includes(file) ||
    /^docs\/([a-z-]+\/)?[A-Za-z-]+\.md$/.test(file) ||
    file === 'schemas/strategy.schema.json'
  );
}

describe('npm pack: the installable command line', { timeout: 240_000 }, () => {
  let work: string;
  let pack: PackResult;
  let prefix: string;

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-npm-pack-'));
    const r = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work]);
    pack = (JSON.parse(r.stdout) as PackResult[])[0];
    prefix = path.join(work, 'prefix');
    npm([
      'install',
      '--global',
      '--prefix',
      prefix,
      '--offline',
      '--no-audit',
      '--no-fund',
      path.join(work, pack.filename),
    ]);
  });

  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('holds the two commands, the docs and the schema, and nothing else', () => {
    const files = pack.files.map((f) => f.path).sort();
    for (const f of ['dist/cli.js', 'dist/server.js', 'schemas/strategy.schema.json', 'docs/rules/schema.md'])
      assert.ok(files.includes(f), `${f} missing from ${pack.filename}:\n${files.join('\n')}`);
    assert.deepEqual(
      files.filter((f) => !allowed(f)),
      [],
    );
  });

  it('is small: under 1 MiB packed and 4 MiB unpacked', () => {
    assert.ok(pack.size < 1024 * 1024, `${pack.filename} is ${pack.size} bytes`);
    assert.ok(pack.unpackedSize < 4 * 1024 * 1024, `unpacked ${pack.unpackedSize} bytes`);
  });

  it('declares no dependency and the two commands', () => {
    const installed = path.join(prefix, 'lib', 'node_modules', 'strategy-as-code');
    const pkg = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
    assert.equal(pkg.dependencies, undefined);
    assert.equal(pkg.peerDependencies, undefined);
    assert.deepEqual(pkg.bin, { strategy: 'dist/cli.js', 'strategy-language-server': 'dist/server.js' });
    assert.equal(fs.existsSync(path.join(installed, 'node_modules')), false, 'nothing installed beside it');
    assert.deepEqual(fs.readdirSync(path.join(prefix, 'bin')).sort(), ['strategy', 'strategy-language-server']);
  });

  it('runs `strategy check` from the prefix exactly as dist/cli.js runs it', () => {
    const bin = path.join(prefix, 'bin', 'strategy');
    for (const args of [
      ['check', 'samples', '--today', '2026-11-25'],
      ['check', 'samples/northwind.strategy.yaml', '--today', '2026-11-25'],
      ['check', 'samples/contoso', '--format', 'json', '--today', '2026-11-25'],
      ['check', 'no-such-file.strategy.yaml'],
    ]) {
      const r = spawnSync(bin, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      const expected = runCli(args);
      assert.deepEqual(
        { code: r.status, stdout: r.stdout, stderr: r.stderr },
        { code: expected.code, stdout: expected.stdout, stderr: expected.stderr },
        args.join(' '),
      );
    }
    assert.equal(runCli(['check', 'samples/northwind.strategy.yaml', '--today', '2026-11-25']).code, 0);
    assert.equal(runCli(['check', 'samples', '--today', '2026-11-25']).code, 1);
  });

  it("runs the README's CI recipe: installs the package file, then its `strategy check` lines from the prefix", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const at = readme.indexOf('### Check the strategy in CI');
    assert.ok(at >= 0, 'the README has the CI recipe');
    const block = /```yaml\n([\s\S]*?)```/.exec(readme.slice(at));
    assert.ok(block, 'the recipe is a yaml block');
    const runs = [...block[1].matchAll(/^\s*run: (.*)$/gm)].map((m) => m[1]);
    assert.equal(runs[0], `npm install --global ./tools/${pack.filename}`);
    assert.doesNotMatch(block[1], /npx /);
    const repo = path.join(work, 'repo');
    fs.cpSync(path.join(ROOT, 'samples'), path.join(repo, 'samples'), { recursive: true });
    const env = { ...process.env, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}` };
    const sh = (command: string) => spawnSync('bash', ['-c', command], { cwd: repo, env, encoding: 'utf8' });
    const checks = runs.slice(1);
    assert.deepEqual(checks, ['strategy check .', 'strategy check . --format sarif > strategy.sarif || true']);
    const text = sh(checks[0]);
    assert.equal(text.status, 1, 'the draft sample has errors: the job fails');
    assert.match(text.stdout, /^samples\/draft\.strategy\.yaml:\d+:\d+ error /m);
    assert.equal(sh(checks[1]).status, 0);
    const sarif = JSON.parse(fs.readFileSync(path.join(repo, 'strategy.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.length > 0);
  });

  it('answers initialize over stdio from the installed strategy-language-server', async () => {
    const server = spawn(path.join(prefix, 'bin', 'strategy-language-server'), ['--stdio'], { cwd: work });
    try {
      const body = JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { processId: null, rootUri: null, capabilities: {} },
      });
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const answer = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (d: Buffer) => {
          out += d.toString('latin1');
          const m = /Content-Length: (\d+)\r\n\r\n/.exec(out);
          if (m && out.length >= m.index + m[0].length + Number(m[1])) resolve(out.slice(m.index + m[0].length));
        });
        server.on('exit', (code) => reject(new Error(`the server exited (${code}) before answering:\n${out}`)));
      });
      const message = JSON.parse(answer) as { id: number; result: { capabilities: Record<string, unknown> } };
      assert.equal(message.id, 1);
      assert.equal(message.result.capabilities.hoverProvider, true);
    } finally {
      server.kill();
    }
  });
});
