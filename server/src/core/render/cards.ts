/**
 * The six conversation cards, in canonical order; a missing conversation is a dashed card saying whom
 * to invite. In compare mode (`compare`) cards, seats and items carry their marks, and what the base
 * revision had and the head has not is drawn from the base side, struck through, where it was.
 */
import type { CompareMarks, ItemKind, ItemMark } from './compare/marks';
import { markChip, markClass, markDetails, withoutLines } from './compare/markHtml';
import { insertRemoved } from './compare/removedItems';
import { chip, cls, esc, goalStatusChip, liabilityStatusChip, maybe, reviewChip, roleName, section, src } from './html';
import type {
  ApplicationView,
  ConversationView,
  GoalView,
  LiabilityView,
  PlatformView,
  RoleRef,
  StrategyView,
} from './viewTypes';

/** What the cards need to show a comparison: the marks and the base side's view (for what was removed). */
export interface CardCompare {
  marks: CompareMarks;
  base?: StrategyView;
}

export function renderCards(v: StrategyView, compare?: CardCompare): string {
  const cards = v.conversations
    .map((c) => {
      if (c.present) return presentCard(c, compare);
      const was = compare?.base?.conversations.find((b) => b.id === c.id && b.present);
      if (was && compare?.marks.conversation(c.id)?.change === 'removed')
        return withoutLines(presentCard(was, undefined, 'removed'));
      return missingCard(c, v);
    })
    .join('\n');
  return section(
    'conversations',
    'The six conversations',
    'Each conversation is an in-depth strategy discussion with the leaders who own that area, convened by the sponsor.',
    `<div class="cards">\n${cards}\n</div>`,
  );
}

function cardHead(c: ConversationView, extra: string): string {
  return `<div class="card-head"><span class="num">${c.number}</span><div class="card-title"><h3>${esc(c.info.title)}</h3><span class="conv-id">${esc(c.id)}</span></div>${extra}</div>`;
}

function missingCard(c: ConversationView, v: StrategyView): string {
  const invite = c.toInvite.map(
    (r) =>
      `<li><span class="role"><span class="role-title">${esc(r.title)}</span> <span class="role-id">${esc(r.id)}</span><span class="role-fn">${esc(r.function)}</span></span></li>`,
  );
  if (v.sponsor) invite.push(`<li>${roleName({ ...v.sponsor })} <span class="muted">as sponsor</span></li>`);
  return `<article class="card conv missing"${src(undefined, c.id)}>
${cardHead(c, chip('not convened', 'muted'))}
<p class="maps-out">${esc(c.info.mapsOut)}</p>
<div class="invite"><div class="label">Convene it: invite</div><ul class="people">${invite.join('')}</ul>
<p class="hint">Add <code>${esc(c.id)}:</code> under <code>conversations</code> with an owner and participants.</p></div>
</article>`;
}

function presentCard(c: ConversationView, compare: CardCompare | undefined, forced?: 'removed'): string {
  const mark: ItemMark | undefined = forced ? { change: forced, fields: [] } : compare?.marks.conversation(c.id);
  if (c.malformed) {
    return `<article class="card conv malformed"${src(c.line, c.id)}>
${cardHead(c, chip('unreadable', 'bad'))}
<p class="maps-out">This conversation is not a mapping of keys (owner, participants, goals...); see the problems below.</p>
</article>`;
  }
  const owner = c.owner ? roleName(c.owner) : chip('no owner', 'bad');
  const people = seatsOf(c, compare);
  const gaps = c.toInvite.length
    ? `<div class="gap">Missing at the table: ${c.toInvite.map((r) => `${esc(r.function)} (invite ${esc(r.title)}, <span class="role-id">${esc(r.id)}</span>)`).join('; ')}</div>`
    : '';
  const summary = c.summary
    ? `<p class="summary"${src(c.summary.line)}>${esc(c.summary.text)}</p>`
    : `<p class="maps-out">${esc(c.info.mapsOut)}</p>`;
  return `<article${cls('card', 'conv', markClass(mark))}${src(c.line, c.id)}>
${cardHead(c, markChip(mark))}
${markDetails(mark)}${reviewLine(c)}
${summary}
<div class="seats">
<div class="seat"><div class="label">Owner</div><div>${owner}</div></div>
<div class="seat"><div class="label">At the table</div><div>${people ? `<ul class="people">${people}</ul>` : maybe(undefined, 'nobody invited')}</div></div>
</div>
${gaps}
${list(
  'Goals',
  'goals',
  items(c, 'goal', (x) => x.goals, goal, compare),
)}
${list(
  'Applications',
  'applications',
  items(c, 'application', (x) => x.applications, application, compare),
)}
${list(
  'Platforms',
  'platforms',
  items(c, 'platform', (x) => x.platforms, platform, compare),
)}
${list(
  'Liabilities',
  'liabilities',
  items(c, 'liability', (x) => x.liabilities, liability, compare),
)}
</article>`;
}

/** The people at the table; in compare mode added ones marked and removed ones (from the base side) struck through. */
function seatsOf(c: ConversationView, compare: CardCompare | undefined): string {
  const seats = compare?.marks.seats(c.id);
  const seat = (p: RoleRef, mark?: 'added' | 'removed') =>
    `<li${cls(mark)}>${roleName(p)}${mark ? ` ${markChip({ change: mark, fields: [] })}` : ''}</li>`;
  const people = c.participants.map((p) => seat(p, seats?.get(p.id) === 'added' ? 'added' : undefined));
  if (!seats?.size) return people.join('');
  const was = compare?.base?.conversations.find((b) => b.id === c.id);
  const seated = new Set([c.owner?.id, ...c.participants.map((p) => p.id)]);
  for (const p of [...(was?.owner ? [was.owner] : []), ...(was?.participants ?? [])]) {
    if (seats.get(p.id) === 'removed' && !seated.has(p.id)) {
      seated.add(p.id);
      people.push(withoutLines(seat(p, 'removed')));
    }
  }
  return people.join('');
}

type ItemView = { id?: string };

/** One list of a card: the head's items with their marks, and in compare mode the removed ones where they were. */
function items<T extends ItemView>(
  c: ConversationView,
  kind: ItemKind,
  of: (c: ConversationView) => T[],
  draw: (x: T, mark?: ItemMark) => string,
  compare: CardCompare | undefined,
): string[] {
  const head = of(c);
  const drawn = head.map((x) => draw(x, x.id === undefined ? undefined : compare?.marks.item(kind, x.id)));
  if (!compare?.base) return drawn;
  const gone = compare.marks.removed(kind, c.id);
  const was = compare.base.conversations.find((b) => b.id === c.id);
  if (!gone.size || !was) return drawn;
  const removed = { change: 'removed' as const, fields: [] };
  return insertRemoved(
    head.map((x) => x.id),
    drawn,
    of(was),
    gone,
    (x) => withoutLines(draw(x, removed)),
  );
}

function reviewLine(c: ConversationView): string {
  const r = c.review;
  const rhythm =
    r.state === 'missing'
      ? 'Neither this conversation nor the strategy has a review rhythm.'
      : `${r.inherited ? 'Follows the strategy: ' : ''}${esc(r.cadence ?? '?')}, last ${esc(r.last?.text ?? '?')}`;
  return `<div class="card-status">${reviewChip({ ...r, inherited: false }, r.inherited ? undefined : (r.last?.line ?? r.line))}<span class="rhythm muted">${rhythm}</span></div>`;
}

function list(title: string, kind: string, items: string[]): string {
  if (!items.length) return '';
  return `<div class="block"><h4>${esc(title)} <span class="count">${items.length}</span></h4><ul class="items ${kind}">\n${items.join('\n')}\n</ul></div>`;
}

function idTag(id: string | undefined): string {
  return id === undefined ? '' : ` <span class="item-id">${esc(id)}</span>`;
}

function owner(o: GoalView['owner']): string {
  return o ? `<span class="by">${roleName(o, true)}</span>` : chip('no owner', 'warn');
}

function goal(g: GoalView, mark?: ItemMark): string {
  const measure =
    g.metric || g.target
      ? `<span class="measure">${maybe(g.metric, 'target')}${g.target !== undefined ? ` → <strong>${esc(g.target)}</strong>` : ''}</span>`
      : '';
  const due = g.due ? `<span${cls('due', g.overdue && 'overdue')}${src(g.due.line)}>due ${esc(g.due.text)}</span>` : '';
  return `<li${cls('item', 'goal', g.overdue && 'overdue', `status-${g.status}`, markClass(mark))}${src(g.line, g.id)}>
<div class="item-main"><span class="item-name">${maybe(g.statement, 'no statement')}</span>${idTag(g.id)}${markChip(mark)}</div>
<div class="item-meta">${goalStatusChip(g.status)}${g.overdue ? chip('overdue', 'bad') : ''}${due}${measure}${owner(g.owner)}</div>
${markDetails(mark)}</li>`;
}

function application(a: ApplicationView, mark?: ItemMark): string {
  const platform = a.platform
    ? `<span${cls('on', !a.platform.known && 'unknown')}${src(a.platform.line, a.platform.id)}>on ${esc(a.platform.name ?? a.platform.id)}${a.platform.known ? '' : ` ${chip('unknown platform', 'bad')}`}</span>`
    : '';
  const data = a.data.map((d) => chip(d, /pii|regulated|confidential/.test(d) ? 'warn' : 'neutral', 'data')).join('');
  const audience = a.audience ? chip(a.audience, a.audience === 'internal' ? 'neutral' : 'info', 'audience') : '';
  return `<li${cls('item', 'application', a.exposed && 'exposed', a.exposed && !a.covered && 'uncovered', markClass(mark))}${src(a.line, a.id)}>
<div class="item-main"><span class="item-name">${maybe(a.name, 'unnamed')}</span>${idTag(a.id)}${markChip(mark)}</div>
<div class="item-meta">${audience}${data}${platform}${owner(a.owner)}${exposure(a)}</div>
${markDetails(mark)}</li>`;
}

function exposure(x: { exposed: boolean; covered: boolean }): string {
  if (!x.exposed) return '';
  return x.covered ? chip('covered', 'good', 'coverage') : chip('exposed, no liability covers it', 'bad', 'coverage');
}

function platform(p: PlatformView, mark?: ItemMark): string {
  return `<li${cls('item', 'platform', p.exposed && 'exposed', p.exposed && !p.covered && 'uncovered', markClass(mark))}${src(p.line, p.id)}>
<div class="item-main"><span class="item-name">${maybe(p.name, 'unnamed')}</span>${idTag(p.id)}${markChip(mark)}</div>
<div class="item-meta">${p.sourcing ? chip(p.sourcing, 'neutral') : ''}${p.hosting ? chip(`${p.hosting} hosting`, p.hosting === 'external' ? 'info' : 'neutral') : ''}${owner(p.owner)}${exposure(p)}</div>
${markDetails(mark)}</li>`;
}

function liability(l: LiabilityView, mark?: ItemMark): string {
  const covers = l.covers.length
    ? `<div class="covers"><span class="label-inline">Covers</span>${l.covers.map((c) => `<span${cls('ref', !c.known && 'unknown')}${src(c.line, c.id)}>${esc(c.name ?? c.id)}</span>`).join('')}</div>`
    : '';
  const mitigations = l.mitigations.length
    ? `<ul class="mitigations">${l.mitigations.map((m) => `<li${src(m.line)}>${esc(m.text)}</li>`).join('')}</ul>`
    : l.status === 'open'
      ? `<div class="gap">No mitigations yet</div>`
      : '';
  return `<li${cls('item', 'liability', `status-${l.status}`, markClass(mark))}${src(l.line, l.id)}>
<div class="item-main"><span class="item-name">${maybe(l.title, 'untitled')}</span>${idTag(l.id)}${markChip(mark)}</div>
<div class="item-meta">${liabilityStatusChip(l.status)}${l.category ? chip(l.category, 'neutral') : ''}${owner(l.owner)}</div>
${covers}${mitigations}${markDetails(mark)}
</li>`;
}
