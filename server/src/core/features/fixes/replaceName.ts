/** unknown-role and unknown-reference: replace the value with the suggested id, in the value's own quoting. */
import type { Fixer } from './context';

export const replaceNameFix: Fixer = (fx, p) => {
  const suggestion = fx.dataOf(p).suggestion;
  if (typeof suggestion !== 'string' || !suggestion) return [];
  const original = fx.text.slice(p.span.start, p.span.end);
  const q = original[0] === '"' || original[0] === "'" ? original[0] : '';
  return [{
    title: `Change to "${suggestion}"`,
    edits: [{ span: p.span, newText: `${q}${suggestion}${q}` }],
    isPreferred: true,
  }];
};
