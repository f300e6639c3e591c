/**
 * The "Changes since REV" section of the preview in compare mode: the summary line, a button back to
 * the live preview, and one row per change record, regressions first, each carrying the line of the
 * head's text it is about (`data-line`, so that clicking it shows the source as everywhere in the
 * preview). A removed thing has no line in the head: its row points at its conversation, if that is
 * still there.
 */
import { summarize, summaryLine } from '../../diff/summary';
import type { ChangeRecord, Impact } from '../../diff/types';
import { chip, cls, esc, src } from '../html';
import type { StrategyView } from '../viewTypes';

const SIGN: Record<ChangeRecord['change'], string> = { added: '+', removed: '-', changed: '~', moved: '>' };
const IMPACT_ORDER: Record<Impact, number> = { regression: 0, improvement: 1, neutral: 2 };

export function renderChangesSection(label: string, records: readonly ChangeRecord[], head: StrategyView): string {
  const ordered = records
    .map((r, i) => ({ r, i }))
    .sort((a, b) => IMPACT_ORDER[a.r.impact] - IMPACT_ORDER[b.r.impact] || a.i - b.i);
  const conversationLine = new Map(head.conversations.map((c) => [c.id as string, c.line]));
  const lineOf = (r: ChangeRecord) =>
    r.head?.line ??
    (r.conversation
      ? conversationLine.get(r.conversation)
      : r.kind === 'conversation'
        ? conversationLine.get(r.id)
        : undefined);
  const rows = ordered.map(({ r }) => row(r, lineOf(r)));
  const list = rows.length
    ? `<ol class="change-list">\n${rows.join('\n')}\n</ol>`
    : `<p class="muted no-changes">No changes since ${esc(label)}.</p>`;
  return `<section class="section changes" id="changes" aria-label="${esc(`Changes since ${label}`)}">
<div class="section-head"><h2>Changes since <span class="revision">${esc(label)}</span></h2>
<p class="lead"><span class="change-summary">${esc(summaryLine(summarize(records)))}</span> <button type="button" class="leave-compare" data-action="leave-compare">Back to the live preview</button></p></div>
${list}
</section>`;
}

function row(r: ChangeRecord, line: number | undefined): string {
  const what = r.id ? `${esc(r.kind)} <span class="change-id">${esc(r.id)}</span>` : esc(r.kind);
  const impact = r.impact === 'neutral' ? '' : chip(r.impact, r.impact === 'regression' ? 'bad' : 'good', 'impact');
  const link =
    line === undefined
      ? `<span class="change-what">${what}</span>`
      : `<a class="change-what" href="#"${src(line)}>${what}</a>`;
  return `<li${cls('change', `change-${r.change}`, r.impact)}${src(line)} data-fingerprint="${esc(r.fingerprint)}"><span class="change-sign">${SIGN[r.change]}</span> ${link}: <span class="change-message">${esc(r.message)}</span> ${impact}</li>`;
}
