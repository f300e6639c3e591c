/**
 * `--format text`: per strategy with records a heading, then `{M} {S} {kind} {id}: {message}` (M `!` for
 * a regression, S `+ - ~ >`), then one summary line for all strategies.
 */
import { summarize, summaryLine, type ChangeRecord } from '../../core/diff';
import { heading, type DiffEntry } from './entry';

export const SIGN: Record<ChangeRecord['change'], string> = { added: '+', removed: '-', changed: '~', moved: '>' };

export function formatDiffText(entries: readonly DiffEntry[]): string {
  const lines: string[] = [];
  for (const e of entries) {
    if (e.changes.length === 0) continue;
    lines.push(heading(e));
    for (const r of e.changes) lines.push(recordLine(r));
  }
  lines.push(summaryLine(summarize(entries.flatMap((e) => e.changes))));
  return `${lines.join('\n')}\n`;
}

export function recordLine(r: ChangeRecord): string {
  const mark = r.impact === 'regression' ? '!' : ' ';
  return `${mark} ${SIGN[r.change]} ${r.kind}${r.id === '' ? '' : ` ${r.id}`}: ${r.message}`;
}
