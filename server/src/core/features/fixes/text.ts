/** Line and column arithmetic on the file's text, for edits that touch only the lines they must. */
import type { Span } from '../../types';
import type { TextEdit } from '../types';

/** The file's line break: CRLF when it uses it, else LF. */
export function eolOf(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

export function lineStartOf(text: string, offset: number): number {
  // lastIndexOf reads a negative start as 0: at offset 0 it would find a \n at 0 and answer 1.
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** The end of the line holding `offset`, before its line break. */
export function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

export function spaces(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

/**
 * The span's end without the whitespace and line breaks YAML ranges carry: YAML's own (space, tab,
 * CR, LF), not JavaScript's \s, which also takes U+2028 or U+00A0 that belong to a plain scalar.
 */
export function contentEnd(text: string, span: Span): number {
  let end = Math.min(span.end, text.length);
  while (end > span.start && YAML_SPACE.test(text[end - 1])) end--;
  return end;
}

const YAML_SPACE = /[ \t\r\n]/;

/** Inserts whole lines after the line holding `offset`. */
export function insertLinesAfter(text: string, offset: number, lines: readonly string[]): TextEdit {
  const eol = eolOf(text);
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return { span: { start: text.length, end: text.length }, newText: lines.map((l) => eol + l).join('') };
  return { span: { start: nl + 1, end: nl + 1 }, newText: lines.map((l) => l + eol).join('') };
}

/** A key written in block style (only indentation and `- ` before it on its line). */
export function isBlockKey(text: string, keyStart: number): boolean {
  return /^[ ]*(?:-[ ]+)*$/.test(text.slice(lineStartOf(text, keyStart), keyStart));
}
