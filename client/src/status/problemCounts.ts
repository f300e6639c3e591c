/**
 * What the status bar says about a strategy file, computed from its diagnostics. Pure (no `vscode`
 * import) so that it can be unit-tested; severities are VS Code's numbers (Error 0, Warning 1).
 */

export const STRATEGY_SOURCE = 'strategy';
const ERROR = 0;
const WARNING = 1;

export interface DiagnosticLike {
  source?: string;
  severity: number;
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

/** Errors and warnings reported by the strategy server (other sources are not counted). */
export function countProblems(diagnostics: readonly DiagnosticLike[]): ProblemCounts {
  const counts = { errors: 0, warnings: 0 };
  for (const d of diagnostics) {
    if (d.source !== STRATEGY_SOURCE) continue;
    if (d.severity === ERROR) counts.errors++;
    else if (d.severity === WARNING) counts.warnings++;
  }
  return counts;
}

export interface StatusView {
  text: string;
  tooltip: string;
}

/** The item's text (with codicons) and tooltip for a file's counts. */
export function problemsView({ errors, warnings }: ProblemCounts): StatusView {
  if (errors === 0 && warnings === 0) {
    return { text: '$(check) Strategy', tooltip: 'Strategy: no errors or warnings. Click to open Problems.' };
  }
  return {
    text: `$(error) ${errors} $(warning) ${warnings}`,
    tooltip: `Strategy: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}. Click to open Problems.`,
  };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
