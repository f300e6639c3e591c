/**
 * unknown-role and unknown-reference: replace the value with the suggested id, in the value's own
 * quoting. Only a kebab-case suggestion is written: the closest declared id may itself be malformed
 * (`c}ompliance-officer`), and writing it would break the YAML; and only a value written on one line
 * without blanks is replaced (a value that starts with a lone CR would lose its separation from the
 * colon). Both found by fuzzing.
 */
import type { Fixer } from './context';

const ID = /^[a-z][a-z0-9-]*$/;

export const replaceNameFix: Fixer = (fx, p) => {
  const suggestion = fx.dataOf(p).suggestion;
  if (typeof suggestion !== 'string' || !ID.test(suggestion)) return [];
  const original = fx.text.slice(p.span.start, p.span.end);
  if (/[\s\x00-\x1f]/.test(original)) return [];
  const q = original[0] === '"' || original[0] === "'" ? original[0] : '';
  return [
    {
      title: `Change to "${suggestion}"`,
      edits: [{ span: p.span, newText: `${q}${suggestion}${q}` }],
      isPreferred: true,
    },
  ];
};
