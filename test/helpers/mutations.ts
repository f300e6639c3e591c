// Random edits of strategy files for property-based tests: deletions, insertions (random Unicode with
// astral characters, CRLF and lone CR, YAML punctuation), indentation shifts and truncation. An edit
// is drawn as numbers and resolved against the text it is applied to, so any edit fits any text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

export const ROOT = path.resolve(__dirname, '..', '..');

/** The samples (and, when asked, the rule fixtures): the texts every mutation starts from. */
export function loadSources(withFixtures = false): string[] {
  const dirs = [path.join(ROOT, 'samples'), ...(withFixtures ? [path.join(ROOT, 'test', 'fixtures')] : [])];
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8')),
  );
}

export type Edit =
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'truncate'; at: number };

/** A text change by offsets into the text it applies to. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Pieces that stress YAML and positions more than random text does. */
const SPECIAL = [
  '\n',
  '\r\n',
  '\r',
  '\t',
  ': ',
  '- ',
  '? ',
  '&x ',
  '*x',
  '!!binary ',
  '!!str ',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '|\n',
  '>-\n',
  '---\n',
  '...\n',
  '#',
  ' # note',
  '%YAML 1.2\n',
  'owner: cmo\n',
  '  - id: x\n',
  'nobody',
  '\u0000',
  '\u0085',
  '\u2028',
  '\uFEFF',
  '\u202E',
  '😀',
  '𝔘𝔫𝔦',
  '\uD83D',
  'é',
  'ü',
  '中文',
] as const;

export const insertText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...SPECIAL), { minLength: 2, maxLength: 5 }).map((parts) => parts.join('')),
  },
);

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 120 }) }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertText }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
);

/** Where the edit lands in this text. */
export function toSplice(text: string, e: Edit): Splice {
  if (e.kind === 'indent') {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    const start = starts[e.line % starts.length];
    if (e.by >= 0) return { start, end: start, text: ' '.repeat(e.by) };
    let end = start;
    while (end < text.length && end - start < -e.by && text[end] === ' ') end++;
    return { start, end, text: '' };
  }
  const at = e.at % (text.length + 1);
  if (e.kind === 'delete') return { start: at, end: Math.min(text.length, at + e.len), text: '' };
  if (e.kind === 'insert') return { start: at, end: at, text: e.text };
  return { start: at, end: text.length, text: '' };
}

export function applySplice(text: string, s: Splice): string {
  return text.slice(0, s.start) + s.text + text.slice(s.end);
}

export function mutate(text: string, edits: readonly Edit[]): string {
  return edits.reduce((t, e) => applySplice(t, toSplice(t, e)), text);
}

/** Whether a string survives UTF-8 (no lone surrogate): only then can a file on disk hold it. */
export function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
