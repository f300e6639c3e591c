// Workspace trust: the extension declares that it works in restricted mode, and that is true only
// while it runs nothing the workspace could choose: no setting names a program or a path, the server
// it starts is its own dist/server.js, and no source evaluates text or spawns processes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function sources(dir: string): { file: string; text: string }[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .map((file) => ({ file: path.relative(ROOT, file), text: fs.readFileSync(file, 'utf8') }));
}

test('untrusted workspaces are supported, and the declaration says why', () => {
  const trust = pkg.capabilities.untrustedWorkspaces;
  assert.equal(trust.supported, true);
  assert.match(trust.description, /runs no code, task or tool from the workspace/);
  assert.equal(trust.restrictedConfigurations, undefined, 'no setting needs restricting: none can run anything');
});

test('no setting is an executable, a path or free text: numbers, and rule severities from a fixed list', () => {
  const props = pkg.contributes.configuration.properties as Record<
    string,
    {
      type: string;
      enum?: string[];
      properties?: Record<string, { type: string; enum?: string[] }>;
      additionalProperties?: boolean;
    }
  >;
  assert.ok(Object.keys(props).length > 0);
  for (const [name, p] of Object.entries(props)) {
    assert.doesNotMatch(name, /path|exec|command|program|binary|runtime|args|env|script|shell/i, name);
    if (p.type === 'object') {
      assert.equal(p.additionalProperties, false, `${name} takes only the keys it lists`);
      for (const [key, inner] of Object.entries(p.properties ?? {})) {
        assert.equal(inner.type, 'string', `${name}.${key}`);
        assert.ok(inner.enum && inner.enum.length > 0, `${name}.${key} is one of a fixed list`);
      }
    } else {
      assert.equal(p.type, 'number', `${name} is a number`);
    }
  }
});

test('the client starts its own bundled server, whatever the workspace says', () => {
  const read = (...p: string[]) => fs.readFileSync(path.join(ROOT, 'client', 'src', ...p), 'utf8');
  assert.match(read('node', 'launch.ts'), /asAbsolutePath\('dist\/server\.js'\)/);
  assert.match(read('web', 'launch.ts'), /joinPath\(extension\.extensionUri, 'dist', 'web', 'server\.js'\)/);
  for (const file of [['ctx.ts'], ['node', 'launch.ts'], ['web', 'launch.ts']])
    assert.doesNotMatch(
      read(...file),
      /getConfiguration\([^)]*\)\.get[^;]*(server|path|command)/i,
      'the server path comes from no setting',
    );
});

/** The command line runs `git` for `strategy diff` revisions: it is its own bundle, which the extension never loads. */
const GIT_RUNNER = path.join('server', 'src', 'cli', 'diff', 'git.ts');
const WEB_LAUNCHER = path.join('client', 'src', 'web', 'launch.ts');

test("no source evaluates text or starts a process; the only worker is the server's own file", () => {
  const all = [...sources('client/src'), ...sources('server/src')];
  assert.ok(all.length > 50);
  for (const { file, text: source } of all) {
    if (file === GIT_RUNNER) continue;
    let text = source;
    if (file === WEB_LAUNCHER) {
      // The browser build starts its own dist/web/server.js: as a Worker, or evaluated in the
      // extension host's worker (microsoft/vscode#168942). Nothing else is evaluated or started.
      assert.match(
        text,
        /const script = vscode\.Uri\.joinPath\(extension\.extensionUri, 'dist', 'web', 'server\.js'\);/,
      );
      assert.match(text, /const source = await scriptText\(script\);/);
      assert.equal(text.match(/new Function\(/g)?.length, 1);
      assert.equal(text.match(/new Worker\(/g)?.length, 1);
      text = text
        .replace("new Function('strategyServerPort', `${source}\\n//# sourceURL=${script.toString(true)}`)(port1)", '')
        .replace('new Worker(script.toString(true))', '');
    }
    assert.doesNotMatch(
      text,
      /child_process|\beval\s*\(|new Function\s*\(|from 'node:vm'|from 'vm'|require\(\s*[^'"\s]/,
      file,
    );
    assert.doesNotMatch(text, /\bimport\(\s*[^'"\s]/, `${file}: a dynamic import of a computed path`);
    for (const m of text.matchAll(/new Worker\(([^,)]*)/g))
      assert.equal(m[1].trim(), '__filename', `${file}: a worker runs only the server's own file`);
  }
});

test('only the command line runs git, and nothing the extension or the server loads imports the command line', () => {
  const git = fs.readFileSync(path.join(ROOT, GIT_RUNNER), 'utf8');
  assert.match(git, /spawnSync\('git', args,/, 'git runs with an argument array, no shell');
  assert.doesNotMatch(git, /shell:\s*true|exec\(|execSync\(/);
  for (const { file, text } of [
    ...sources('client/src'),
    ...sources('server/src/lsp'),
    ...sources('server/src/core'),
  ]) {
    assert.doesNotMatch(text, /from '[./]*\/cli\//, `${file} imports the command line`);
  }
});
