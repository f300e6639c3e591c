// The rooms of the house (docs/architecture.md), read from the imports themselves: no import circle
// under server/src (type-only imports count too), the core imports no editor, protocol or Node API,
// and the domain facts are read from the model, not from the rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'server', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every module specifier of `import ... from`, `import '...'`, `export ... from` and `import('...')`. */
export function specifiers(source: string): string[] {
  const out: string[] = [];
  const re =
    /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of source.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  if (base.endsWith('.json') && fs.existsSync(base)) return undefined; // data (the shipped schema), no module
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(candidate)) return candidate;
  assert.fail(`${path.relative(ROOT, from)} imports ${spec}, which is no file`);
}

const files = sourceFiles(SERVER);
const imports = new Map(files.map((f) => [f, specifiers(fs.readFileSync(f, 'utf8'))]));
const graph = new Map(
  files.map((f) => [
    f,
    imports
      .get(f)!
      .map((s) => resolveLocal(f, s))
      .filter((x): x is string => !!x),
  ]),
);

/** The import circles, each as the list of files around it (Tarjan's strongly connected components). */
function cycles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (g.get(v) ?? []).includes(v)) found.push(scc.map((f) => path.relative(SERVER, f)).sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return found;
}

test('the import reader sees every kind of import', () => {
  const src =
    "import type { A } from './a';\nimport { B,\n  C } from \"./b\";\nexport * from './c';\nexport { D } from './d';\nimport './e';\nconst f = import('./f');";
  assert.deepEqual(specifiers(src), ['./a', './b', './c', './d', './e', './f']);
  const circle = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['a']],
  ]);
  assert.deepEqual(
    cycles(circle).map((c) => c.length),
    [3],
  );
});

test('no import circles under server/src, type-only imports included', () => {
  assert.deepEqual(cycles(graph), []);
});

test('the core imports no editor, protocol, connection or Node API', () => {
  const core = path.join(SERVER, 'core');
  const bad: string[] = [];
  for (const f of files.filter((f) => f.startsWith(core + path.sep))) {
    const rel = path.relative(SERVER, f);
    for (const s of imports.get(f)!) {
      const target = resolveLocal(f, s);
      if (
        target
          ? !target.startsWith(core + path.sep)
          : /^(vscode|node:|fs$|path$|crypto$|os$|child_process$|worker_threads$)/.test(s)
      ) {
        bad.push(`${rel} imports ${s}`);
      }
    }
    if (/\bBuffer\.|\bprocess\.|\brequire\(/.test(fs.readFileSync(f, 'utf8')))
      bad.push(`${rel} uses Buffer, process or require`);
  }
  assert.deepEqual(bad, []);
});

test('features, the renderer and the model take no domain fact from the rules', () => {
  const rules = path.join(SERVER, 'core', 'rules') + path.sep;
  const bad: string[] = [];
  for (const room of ['features', 'render', 'model']) {
    const dir = path.join(SERVER, 'core', room) + path.sep;
    for (const f of files.filter((f) => f.startsWith(dir))) {
      for (const target of graph.get(f)!)
        if (target.startsWith(rules)) bad.push(`${path.relative(SERVER, f)} imports ${path.relative(SERVER, target)}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the command line and the language server do not import each other', () => {
  const bad: string[] = [];
  for (const [a, b] of [
    ['cli', 'lsp'],
    ['lsp', 'cli'],
  ]) {
    const dir = path.join(SERVER, a) + path.sep;
    const other = path.join(SERVER, b) + path.sep;
    for (const f of files.filter((f) => f.startsWith(dir))) {
      for (const target of graph.get(f)!)
        if (target.startsWith(other)) bad.push(`${path.relative(SERVER, f)} imports ${path.relative(SERVER, target)}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the client asks the server: from server/src it imports only the protocol file', () => {
  const client = path.join(ROOT, 'client');
  const bad: string[] = [];
  for (const f of sourceFiles(client)) {
    for (const s of specifiers(fs.readFileSync(f, 'utf8'))) {
      const target = s.startsWith('.') ? path.resolve(path.dirname(f), s) : undefined;
      if (target?.startsWith(SERVER + path.sep) && target !== path.join(SERVER, 'protocol'))
        bad.push(`${path.relative(ROOT, f)} imports ${s}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the language server uses Node only in lsp/node/ and the Node entry (lsp/main.ts); elsewhere type-only', () => {
  const lsp = path.join(SERVER, 'lsp') + path.sep;
  const allowed = (f: string) => f.startsWith(path.join(lsp, 'node') + path.sep) || f === path.join(lsp, 'main.ts');
  const bad: string[] = [];
  for (const f of files.filter((f) => f.startsWith(lsp) && !allowed(f))) {
    const source = fs.readFileSync(f, 'utf8');
    for (const m of source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+['"]((?:node:)?[a-z_]+)['"]/gm)) {
      const builtin = m[2].startsWith('node:') || /^(fs|path|url|os|crypto|worker_threads|child_process)$/.test(m[2]);
      if (builtin && !m[1]) bad.push(`${path.relative(SERVER, f)} imports ${m[2]}`);
    }
  }
  assert.deepEqual(bad, []);
});
