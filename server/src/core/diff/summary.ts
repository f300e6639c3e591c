/** The summary line: `3 added, 2 changed, 1 removed, 1 moved; 2 regressions, 1 improvement`. */
import type { ChangeRecord } from './types';

export interface DiffSummary {
  added: number;
  changed: number;
  removed: number;
  moved: number;
  regressions: number;
  improvements: number;
}

export function summarize(records: readonly ChangeRecord[]): DiffSummary {
  const s: DiffSummary = { added: 0, changed: 0, removed: 0, moved: 0, regressions: 0, improvements: 0 };
  for (const r of records) {
    s[r.change]++;
    if (r.impact === 'regression') s.regressions++;
    else if (r.impact === 'improvement') s.improvements++;
  }
  return s;
}

/** Counts of zero left out; `no changes` when there are none. */
export function summaryLine(s: DiffSummary): string {
  const changes = (['added', 'changed', 'removed', 'moved'] as const)
    .filter((k) => s[k] > 0)
    .map((k) => `${s[k]} ${k}`);
  if (changes.length === 0) return 'no changes';
  const impacts = [plural(s.regressions, 'regression'), plural(s.improvements, 'improvement')].filter((x) => x !== '');
  return impacts.length ? `${changes.join(', ')}; ${impacts.join(', ')}` : changes.join(', ');
}

function plural(n: number, word: string): string {
  return n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`;
}
