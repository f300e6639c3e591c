/**
 * What the status bar says about a strategy file, computed from its diagnostics. Pure (no `vscode`
 * import) so that it can be unit-tested; severities are VS Code's numbers (Error 0, Warning 1,
 * Information 2, Hint 3). The words are those of `strategy check` and the preview's header
 * (server/src/core/problemCounts.ts; the client imports nothing of the core, so test/unit/counts-wording
 * holds the two to the same words).
 */

/** Errors, warnings and notes (information and hints together). */
export interface ProblemCounts {
  errors: number;
  warnings: number;
  notes: number;
}
export const STRATEGY_SOURCE = 'strategy';
const ERROR = 0;
const WARNING = 1;

export interface DiagnosticLike {
  source?: string;
  severity: number;
}

/** Errors, warnings and notes (information and hints) reported by the strategy server (other sources are not counted). */
export function countProblems(diagnostics: readonly DiagnosticLike[]): ProblemCounts {
  const counts = { errors: 0, warnings: 0, notes: 0 };
  for (const d of diagnostics) {
    if (d.source !== STRATEGY_SOURCE) continue;
    if (d.severity === ERROR) counts.errors++;
    else if (d.severity === WARNING) counts.warnings++;
    else counts.notes++;
  }
  return counts;
}

export interface StatusView {
  text: string;
  tooltip: string;
}

/** The problems of a whole strategy across files (server/src/protocol.ts, `strategy/counts`). */
export interface StrategyCounts extends ProblemCounts {
  files: number;
}

/**
 * The item's text (with codicons) and tooltip for a file's counts; for a file of a strategy across
 * files, the counts of the whole strategy, the tooltip saying how many are in this file.
 */
export function problemsView(counts: ProblemCounts, strategy?: StrategyCounts): StatusView {
  const across = strategy && strategy.files > 1 ? strategy : undefined;
  const shown = across ?? counts;
  const { errors, warnings, notes } = shown;
  const clean = (c: ProblemCounts) => c.errors === 0 && c.warnings === 0 && c.notes === 0;
  const where = across
    ? ` in ${across.files} files (this file: ${clean(counts) ? 'none' : describeCounts(counts)})`
    : '';
  if (clean(shown)) {
    return {
      text: '$(check) Strategy',
      tooltip: `Strategy: no problems${across ? ` in ${across.files} files` : ''}. Click to open Problems.`,
    };
  }
  return {
    text: `$(error) ${errors} $(warning) ${warnings}${notes ? ` $(info) ${notes}` : ''}`,
    tooltip: `Strategy: ${describeCounts(shown)}${where}. Click to open Problems.`,
  };
}

/** "3 errors, 6 warnings, 1 note": notes only when there are some (the command line's words). */
export function describeCounts(c: ProblemCounts): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [plural(c.errors, 'error'), plural(c.warnings, 'warning')];
  if (c.notes) parts.push(plural(c.notes, 'note'));
  return parts.join(', ');
}
