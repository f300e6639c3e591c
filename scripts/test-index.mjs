// Writes the "Every test file" section of docs/testing.md from the test files themselves: each
// file's path and the first sentence of its opening comment. test/unit/test-index.test.ts checks
// that the section is current (run `node scripts/test-index.mjs` after adding a test file).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const TIERS = ['unit', 'cli', 'lsp', 'preview', 'pre-commit', 'e2e'];
const START = '<!-- test-index:start -->';
const END = '<!-- test-index:end -->';

/** The opening comment's text up to its first full stop (or its first two lines). */
function summary(text) {
  const lines = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (/^\/\*\*?$/.test(line)) continue;
    const m = /^(?:\/\/|\/\*\*|\*)\s?(.*?)(?:\*\/)?$/.exec(line);
    if (!m || line.startsWith('import')) break;
    lines.push(m[1].trim());
    if (/\.(\s|$)/.test(m[1]) || lines.length === 3) break;
  }
  const joined = lines.join(' ').replace(/\s+/g, ' ').trim();
  const stop = joined.search(/\.(\s|$)/);
  return (stop >= 0 ? joined.slice(0, stop + 1) : joined).replace(/\|/g, '\\|');
}

export function section() {
  const out = [START, '', '| file | what it shows |', '|---|---|'];
  for (const tier of TIERS) {
    const dir = join(root, 'test', tier);
    for (const f of readdirSync(dir)
      .filter((f) => /\.test\.(ts|mjs|js)$/.test(f))
      .sort()) {
      out.push(`| \`test/${tier}/${f}\` | ${summary(readFileSync(join(dir, f), 'utf8'))} |`);
    }
  }
  out.push('', END);
  return out.join('\n');
}

export function current(doc) {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  return a >= 0 && b > a ? doc.slice(a, b + END.length) : undefined;
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const path = join(root, 'docs', 'testing.md');
  const doc = readFileSync(path, 'utf8');
  const old = current(doc);
  const next = old ? doc.replace(old, section()) : `${doc.trimEnd()}\n\n## Every test file\n\n${section()}\n`;
  writeFileSync(path, next);
  console.log('docs/testing.md: test index written');
}
