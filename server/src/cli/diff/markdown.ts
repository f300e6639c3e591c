/**
 * `--format md`: a pull-request comment in GitHub-flavoured Markdown. Per strategy, regressions first,
 * then improvements, then the neutral changes in a collapsed <details> block; at most 60,000
 * characters (GitHub refuses comments over 65,536), cut with a note saying how many records were left out.
 */
import { summarize, summaryLine, type ChangeRecord } from '../../core/diff';
import type { DiffEntry } from './entry';
import { SIGN } from './text';

export const MAX_COMMENT = 60_000;

export function formatDiffMarkdown(entries: readonly DiffEntry[], max = MAX_COMMENT): string {
  const all = entries.flatMap((e) => e.changes);
  const out = new Budget(max - 400); // room for the note and the closing tags
  out.fixed(`### Strategy changes: ${escape(summaryLine(summarize(all)))}`, '');
  for (const e of entries) {
    if (e.changes.length === 0) continue;
    out.fixed(`#### ${code(e.root)} (${code(e.base ?? 'none')} → ${code(e.head)})`, '');
    const regressions = e.changes.filter((r) => r.impact === 'regression');
    const improvements = e.changes.filter((r) => r.impact === 'improvement');
    const neutral = e.changes.filter((r) => r.impact === 'neutral');
    section(out, `**Regressions (${regressions.length})**`, regressions);
    section(out, `**Improvements (${improvements.length})**`, improvements);
    if (
      neutral.length &&
      out.fixed(`<details><summary>${neutral.length} neutral change${neutral.length === 1 ? '' : 's'}</summary>`, '')
    ) {
      for (const r of neutral) out.record(line(r));
      out.close('', '</details>', '');
    } else out.skip(neutral.length);
  }
  if (out.leftOut > 0) {
    out.note(
      `_${out.leftOut} of ${all.length} records left out to keep this comment under ${max.toLocaleString('en')} characters; run \`strategy diff\` for all of them._`,
    );
  }
  return out.text();
}

function section(out: Budget, title: string, records: readonly ChangeRecord[]): void {
  if (!records.length) return;
  if (!out.fixed(title, '')) return out.skip(records.length);
  for (const r of records) out.record(line(r));
  out.fixed('');
}

function line(r: ChangeRecord): string {
  const mark = r.impact === 'regression' ? '❗ ' : r.impact === 'improvement' ? '✅ ' : '';
  const where = r.change === 'removed' ? r.base : (r.head ?? r.base);
  const at = where ? ` · ${code(`${where.file}:${where.line + 1}`)}` : '';
  return `- ${mark}\`${SIGN[r.change]}\` ${r.kind}${r.id ? ` **${escape(r.id)}**` : ''}: ${escape(r.message)}${at}`;
}

/** Lines up to a character budget; once a record does not fit, the rest is counted, not written. */
class Budget {
  private readonly lines: string[] = [];
  private size = 0;
  leftOut = 0;

  constructor(private readonly max: number) {}

  /** Headings and blank lines; false (nothing written) once the output is cut. */
  fixed(...lines: string[]): boolean {
    if (this.leftOut > 0) return false;
    this.push(...lines);
    return true;
  }

  /** Closes a block that was opened, cut or not. */
  close(...lines: string[]): void {
    this.push(...lines);
  }

  record(l: string): void {
    if (this.leftOut > 0 || this.size + l.length + 1 > this.max) this.leftOut++;
    else this.push(l);
  }

  skip(records: number): void {
    this.leftOut += records;
  }

  note(l: string): void {
    this.push('', l);
  }

  text(): string {
    return `${this.lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd()}\n`;
  }

  private push(...lines: string[]): void {
    for (const l of lines) {
      this.lines.push(l);
      this.size += l.length + 1;
    }
  }
}

/** Text from a strategy file shown as Markdown: no HTML, no links, no emphasis it did not mean. */
export function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]{}()#+!|~]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ');
}

/** A code span that holds any text (backticks inside take a longer fence). */
function code(text: string): string {
  const clean = text.replace(/\r?\n|\r/g, ' ');
  const ticks = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length)) + 1;
  const fence = '`'.repeat(ticks);
  return ticks > 1 || clean.startsWith(' ') ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`;
}
