/**
 * Scalars for the fast reader (quickTree): plain scalars resolved exactly as `yaml` resolves them
 * with the YAML 1.2 core schema (its own tag tests and resolvers, so numbers, booleans and nulls
 * agree), and single-line quoted scalars. Anything this does not read exactly returns BAIL.
 */
import { Schema } from 'yaml';

export const BAIL = undefined;

type Resolved = string | number | boolean | null;

interface CoreTag {
  default?: boolean | 'key';
  test?: RegExp;
  resolve: (source: string, onError: (message: string) => void, options: object) => unknown;
}

const CORE_TAGS = (new Schema({ schema: 'core', merge: false }).tags as unknown as CoreTag[]).filter(
  (t) => t.default === true && t.test,
);
const RESOLVE_OPTIONS = { intAsBigInt: false };

/** The value `yaml` gives a plain scalar of the core schema; BAIL when a resolver complained. */
export function resolvePlain(source: string): Resolved | typeof BAIL {
  for (const tag of CORE_TAGS) {
    if (!tag.test!.test(source)) continue;
    let failed = false;
    let v = tag.resolve(source, () => (failed = true), RESOLVE_OPTIONS);
    if (v !== null && typeof v === 'object' && 'value' in v) v = v.value; // some resolvers return a Scalar
    if (failed) return BAIL;
    if (v === null || v === undefined) return null;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    return String(v);
  }
  return source;
}

/** A mapping key's text, as the yaml path makes it from the resolved scalar (`String(value)`, null: ''). */
export function keyText(value: Resolved): string {
  return value === null ? '' : String(value);
}

/** Characters that may not start a plain scalar (YAML's indicators), by char code. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

/** True when a plain scalar may start at `pos`: not an indicator, nor `-`, `?`, `:` before a blank. */
export function plainMayStart(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (!INDICATORS.has(c)) return c !== 32 && c !== 10 && c !== 13 && !Number.isNaN(c);
  if (c !== 45 && c !== 63 && c !== 58) return false; // only - ? : may start a plain scalar
  const next = text.charCodeAt(pos + 1);
  return !(
    next === 32 ||
    next === 10 ||
    next === 13 ||
    Number.isNaN(next) ||
    next === 44 ||
    next === 93 ||
    next === 125
  );
}

export interface Quoted {
  value: string;
  /** Offset just after the closing quote. */
  end: number;
}

/** A quoted scalar opening at `pos` that closes on the same line, without escapes; else BAIL. */
export function readQuoted(text: string, pos: number, lineEnd: number): Quoted | typeof BAIL {
  const quote = text.charCodeAt(pos);
  if (quote === 34) {
    const close = text.indexOf('"', pos + 1);
    if (close < 0 || close >= lineEnd) return BAIL;
    const value = text.slice(pos + 1, close);
    return value.includes('\\') ? BAIL : { value, end: close + 1 };
  }
  let value = '';
  let from = pos + 1;
  for (;;) {
    const close = text.indexOf("'", from);
    if (close < 0 || close >= lineEnd) return BAIL;
    value += text.slice(from, close);
    if (text.charCodeAt(close + 1) !== 39) return { value, end: close + 1 };
    value += "'";
    from = close + 2;
  }
}

/** Where the content of the line starting at `pos` ends: its LF, the CR of a CRLF, or the text's end. */
export function contentEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  if (nl < 0) return text.length;
  return nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
}

/** Where the next line starts, after the line break at `lineEnd` (LF or CRLF); the text's end on the last line. */
export function afterLine(text: string, lineEnd: number): number {
  if (lineEnd >= text.length) return text.length;
  return text.charCodeAt(lineEnd) === 13 ? lineEnd + 2 : lineEnd + 1;
}

/** The first offset from `i` on that is not a space (at most `lineEnd`). */
export function skipSpaces(text: string, i: number, lineEnd: number): number {
  while (i < lineEnd && text.charCodeAt(i) === 32) i++;
  return i;
}
