/** The review timeline (last and next review per conversation, on one scale with today) and goal deadlines. */
import { isValidDate } from '../dates';
import { cls, esc, goalStatusChip, maybe, reviewChip, section, src, tableWrap } from './html';
import { daysBetween } from './reviewView';
import type { GoalView, StrategyView, TimelineRow } from './viewTypes';

const WIDTH = 1000;

export function renderTimeline(v: StrategyView): string {
  const scale = timeScale(v);
  const rows = v.timeline.map((r) => row(r, v.today, scale)).join('\n');
  const body = `${tableWrap(
    'Review timeline',
    `<table class="timeline">
<thead><tr><th scope="col">Conversation</th><th scope="col">Cadence</th><th scope="col">Last review</th><th scope="col">Next review</th><th scope="col" class="bar-col">Cycle${scale ? ` <span class="scale">${esc(scale.from)} → ${esc(scale.to)}, today marked</span>` : ''}</th><th scope="col">Status</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  )}
${renderDeadlines(v)}`;
  return section(
    'reviews',
    'Review timeline',
    `Each review falls due one cadence after the last; today is ${v.today}.`,
    body,
  );
}

interface Scale {
  from: string;
  to: string;
  x(date: string): number;
}

function timeScale(v: StrategyView): Scale | undefined {
  const dates = v.timeline
    .flatMap((r) => [r.review.last?.text, r.review.next])
    .filter((d): d is string => !!d && isValidDate(d));
  if (!dates.length) return undefined;
  dates.push(v.today);
  dates.sort();
  const from = dates[0];
  const to = dates[dates.length - 1];
  const span = Math.max(1, daysBetween(from, to));
  return { from, to, x: (d) => Math.round((daysBetween(from, d) / span) * WIDTH) };
}

function row(r: TimelineRow, today: string, scale: Scale | undefined): string {
  const rv = r.review;
  const overdue = rv.state === 'overdue';
  const own = !rv.inherited;
  const last = rv.last ? `<span${src(own ? rv.last.line : undefined)}>${esc(rv.last.text)}</span>` : maybe(undefined);
  const cadence =
    rv.state === 'missing'
      ? maybe(undefined, r.line === undefined && r.key !== 'strategy' ? 'not convened' : 'none')
      : maybe(rv.cadence, '?');
  const inherited = rv.inherited && rv.state !== 'missing' ? ' <span class="muted">(strategy)</span>' : '';
  return `<tr${cls(`review-${rv.state}`, overdue && 'overdue', rv.inherited && 'inherited', r.key === 'strategy' && 'strategy-row')}${src(r.line, r.key === 'strategy' ? undefined : r.key)}>
<th scope="row">${esc(r.title)}</th><td>${cadence}${inherited}</td><td>${last}</td><td${cls(overdue && 'overdue-date')}>${maybe(rv.next)}</td>
<td class="bar-col">${bar(rv.last?.text, rv.next, rv.state, today, scale)}</td><td>${reviewChip({ ...rv, inherited: false })}</td></tr>`;
}

function bar(
  last: string | undefined,
  next: string | undefined,
  state: string,
  today: string,
  scale: Scale | undefined,
): string {
  if (!scale || !last || !next || !isValidDate(last)) return '';
  const x1 = scale.x(last);
  const x2 = Math.max(x1 + 4, scale.x(next));
  const t = scale.x(today);
  const overrun =
    state === 'overdue'
      ? `<rect class="overrun" x="${x2}" y="5" width="${Math.max(0, t - x2)}" height="8"></rect>`
      : '';
  return `<svg class="bar" viewBox="0 0 ${WIDTH} 18" preserveAspectRatio="none" aria-hidden="true">
<rect class="track" x="0" y="8" width="${WIDTH}" height="2"></rect><rect class="cycle cycle-${state}" x="${x1}" y="5" width="${x2 - x1}" height="8" rx="2"></rect>${overrun}<line class="today" x1="${t}" x2="${t}" y1="0" y2="18" vector-effect="non-scaling-stroke"></line></svg>`;
}

function renderDeadlines(v: StrategyView): string {
  const goals = v.conversations
    .flatMap((c) => c.goals.map((g) => ({ g, conversation: c.info.title })))
    .filter((x) => x.g.due !== undefined)
    .sort((a, b) => (a.g.due!.text < b.g.due!.text ? -1 : a.g.due!.text > b.g.due!.text ? 1 : 0));
  if (!goals.length) return '';
  const rows = goals.map(({ g, conversation }) => deadline(g, conversation)).join('\n');
  return `<h3 class="sub">Goal deadlines</h3>
${tableWrap(
  'Goal deadlines',
  `<table class="deadlines">
<thead><tr><th scope="col">Due</th><th scope="col">Goal</th><th scope="col">Conversation</th><th scope="col">Status</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
)}`;
}

function deadline(g: GoalView, conversation: string): string {
  const closed = g.status === 'done' || g.status === 'dropped';
  return `<tr${cls('goal', g.overdue && 'overdue', closed && 'closed')}${src(g.line, g.id)}><td class="date"${src(g.due!.line)}>${esc(g.due!.text)}</td><td>${maybe(g.statement, g.id ?? 'no statement')}</td><td>${esc(conversation)}</td><td>${goalStatusChip(g.status)}${g.overdue ? ' <span class="chip chip-bad">overdue</span>' : ''}</td></tr>`;
}
