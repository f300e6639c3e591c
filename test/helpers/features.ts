// Helpers for the editor features' tests: a cursor marker in fixture text, applying edits, comments.
import { Lexer } from 'yaml';
import { analyze, type Analysis } from '../../server/src/core/analyze';
import type { TextEdit } from '../../server/src/core/features/types';
import { TODAY } from './core';

/** Splits a fixture at its cursor marker: `$$CURSOR$$`, else the only `|`. */
export function withCursor(fixture: string): { text: string; offset: number } {
  const marker = fixture.includes('$$CURSOR$$') ? '$$CURSOR$$' : '|';
  const offset = fixture.indexOf(marker);
  if (offset < 0 || fixture.indexOf(marker, offset + 1) >= 0)
    throw new Error(`the fixture needs exactly one ${marker}`);
  return { text: fixture.slice(0, offset) + fixture.slice(offset + marker.length), offset };
}

export function analyzeText(text: string): Analysis {
  return analyze(text, 'test.strategy.yaml', { today: TODAY });
}

/** Applies non-overlapping edits (any order) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].span.end > sorted[i - 1].span.start) throw new Error('overlapping edits');
  }
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** Every comment of a YAML text (own-line and trailing), as the YAML lexer finds them. */
export function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((t) => t.startsWith('#')).map((t) => t.trimEnd());
}

/**
 * Whether every comment of `before` is still in `after`, in order (new comments may come between).
 * A suppression directive counts as kept when only codes were added to it (`, CODE`), which is how
 * a fix extends a directive rather than stacking a second one that would disable the first.
 */
export function keepsComments(before: readonly string[], after: readonly string[]): boolean {
  const bare = (c: string) => (/strategy-disable/.test(c) ? c.replace(/, [a-z-]+/g, '') : c);
  return isSubsequence(before.map(bare), after.map(bare));
}

/** Whether `small` appears in `big` in order (other elements may come between). */
export function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
  let j = 0;
  for (const s of small) {
    while (j < big.length && big[j] !== s) j++;
    if (j === big.length) return false;
    j++;
  }
  return true;
}
