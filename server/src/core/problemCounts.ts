/**
 * How many problems a file has, said the same way everywhere: the command line's summary, the
 * preview's header and the status bar. Information and hints are counted together as notes, as the
 * Problems panel lists information beside errors and warnings.
 */
import type { Severity } from './types';

export interface ProblemCounts {
  errors: number;
  warnings: number;
  /** information and hint */
  notes: number;
}

export function countSeverities(severities: Iterable<Severity>): ProblemCounts {
  const counts = { errors: 0, warnings: 0, notes: 0 };
  for (const s of severities) {
    if (s === 'error') counts.errors++;
    else if (s === 'warning') counts.warnings++;
    else counts.notes++;
  }
  return counts;
}

export function totalOf(c: ProblemCounts): number {
  return c.errors + c.warnings + c.notes;
}

/** "3 errors, 6 warnings, 1 note": notes only when there are some. */
export function describeCounts(c: ProblemCounts): string {
  const parts = [plural(c.errors, 'error'), plural(c.warnings, 'warning')];
  if (c.notes) parts.push(plural(c.notes, 'note'));
  return parts.join(', ');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
