/**
 * When a file is "broken": its YAML has syntax errors or a second document, or nothing could be read
 * at all (empty, not a mapping, too large, too many aliases). The preview then renders what it could
 * read, or the last good version, under a banner naming these problems.
 */
import type { Analysis } from '../analyze';
import type { Problem } from '../types';

export function brokenProblems(analysis: Analysis): Problem[] {
  if (analysis.unchecked) {
    const reasons = analysis.problems.filter((p) => p.code === 'schema' || p.code === 'file-too-large');
    return reasons.length
      ? reasons
      : [
          {
            code: 'schema',
            severity: 'error',
            span: { start: 0, end: 0 },
            message: 'The file could not be read as a strategy.',
          },
        ];
  }
  const parsed = analysis.parsed;
  if (!parsed) return [];
  const out: Problem[] = parsed.syntaxErrors.map((e) => ({
    code: 'schema',
    severity: 'error',
    span: e.span,
    message: `YAML syntax error: ${e.message}`,
  }));
  if (parsed.extraDocument) {
    out.push({
      code: 'schema',
      severity: 'error',
      span: parsed.extraDocument,
      message: 'A second YAML document starts here; only the first one is shown.',
    });
  }
  return out;
}

export function isBroken(analysis: Analysis): boolean {
  return brokenProblems(analysis).length > 0;
}
