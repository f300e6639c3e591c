/** One conversation of the model -> the card the preview draws (a missing one -> whom to invite). */
import { CONVERSATIONS, CONVERSATION_IDS, recommendedRole, type ConversationId, type RoleInfo } from '../catalog';
import { isValidDate } from '../dates';
import type { Application, Conversation, Goal, Item, Liability, Platform, Review, Value } from '../model/types';
import { isCovered, isExposed } from '../model/exposure';
import { reviewView } from './reviewView';
import type {
  ApplicationView,
  ConversationView,
  GoalView,
  LiabilityView,
  PlatformView,
  RefView,
  RoleRef,
} from './viewTypes';

/** What turning model parts into views needs: the role catalogue, ids, lines and today. */
export interface ViewContext {
  today: string;
  roles: Map<string, RoleInfo>;
  itemsById: Map<string, Item>;
  covered: Set<string>;
  strategyReview?: Review;
  lineOf: (offset: number) => number;
}

export function roleRef(ctx: ViewContext, v: Value): RoleRef {
  const role = ctx.roles.get(v.text);
  return { id: v.text, line: ctx.lineOf(v.span.start), title: role?.title, function: role?.function || undefined };
}

function optRole(ctx: ViewContext, v: Value | undefined): RoleRef | undefined {
  return v ? roleRef(ctx, v) : undefined;
}

function refView(ctx: ViewContext, v: Value, kinds: readonly Item['kind'][]): RefView {
  const target = ctx.itemsById.get(v.text);
  const known = !!target && kinds.includes(target.kind);
  const name = !known
    ? undefined
    : target.kind === 'liability'
      ? target.title?.text
      : 'name' in target
        ? target.name?.text
        : undefined;
  return { id: v.text, line: ctx.lineOf(v.span.start), known, name };
}

function itemLine(ctx: ViewContext, item: Item): number {
  return ctx.lineOf(item.anchor.start);
}

export function goalView(ctx: ViewContext, g: Goal): GoalView {
  const status = g.status?.text ?? 'planned';
  const due = g.due ? { text: g.due.text, line: ctx.lineOf(g.due.span.start) } : undefined;
  const overdue = !!due && isValidDate(due.text) && due.text < ctx.today && status !== 'done' && status !== 'dropped';
  return {
    id: g.id?.text,
    line: itemLine(ctx, g),
    statement: g.statement?.text,
    owner: optRole(ctx, g.owner),
    metric: g.metric?.text,
    target: g.target?.text,
    due,
    status,
    overdue,
  };
}

export function applicationView(ctx: ViewContext, a: Application): ApplicationView {
  const exposed = isExposed(a);
  return {
    id: a.id?.text,
    line: itemLine(ctx, a),
    name: a.name?.text,
    owner: optRole(ctx, a.owner),
    platform: a.platform ? refView(ctx, a.platform, ['platform']) : undefined,
    audience: a.audience?.text,
    data: a.data.map((d) => d.text),
    exposed,
    covered: exposed && isCovered(a, ctx.covered),
  };
}

export function platformView(ctx: ViewContext, p: Platform): PlatformView {
  const exposed = isExposed(p);
  return {
    id: p.id?.text,
    line: itemLine(ctx, p),
    name: p.name?.text,
    owner: optRole(ctx, p.owner),
    sourcing: p.sourcing?.text,
    hosting: p.hosting?.text,
    exposed,
    covered: exposed && isCovered(p, ctx.covered),
  };
}

export function liabilityView(ctx: ViewContext, l: Liability): LiabilityView {
  return {
    id: l.id?.text,
    line: itemLine(ctx, l),
    title: l.title?.text,
    category: l.category?.text,
    owner: optRole(ctx, l.owner),
    covers: l.covers.map((c) => refView(ctx, c, ['application', 'platform'])),
    mitigations: l.mitigations.map((m) => ({ text: m.text, line: ctx.lineOf(m.span.start) })),
    status: l.status?.text ?? 'open',
  };
}

/** The six conversations in canonical order; absent ones are empty views that say whom to invite. */
export function conversationViews(ctx: ViewContext, present: readonly Conversation[]): ConversationView[] {
  return CONVERSATION_IDS.map((id, index) => {
    const c = present.find((p) => p.id === id);
    return c ? presentView(ctx, c, index + 1) : absentView(ctx, id, index + 1);
  });
}

function presentView(ctx: ViewContext, c: Conversation, number: number): ConversationView {
  const owner = optRole(ctx, c.owner);
  const participants = c.participants.map((p) => roleRef(ctx, p));
  const seated = new Set([owner, ...participants].map((r) => r?.function).filter(Boolean));
  const review = c.review
    ? reviewView(c.review, ctx.today, ctx.lineOf)
    : reviewView(ctx.strategyReview, ctx.today, ctx.lineOf, true);
  return {
    id: c.id,
    info: CONVERSATIONS[c.id],
    number,
    present: true,
    malformed: !!c.malformed,
    line: ctx.lineOf(c.keySpan.start),
    owner,
    participants,
    summary: c.summary ? { text: c.summary.text, line: ctx.lineOf(c.summary.span.start) } : undefined,
    review,
    goals: c.goals.map((g) => goalView(ctx, g)),
    applications: c.applications.map((a) => applicationView(ctx, a)),
    platforms: c.platforms.map((p) => platformView(ctx, p)),
    liabilities: c.liabilities.map((l) => liabilityView(ctx, l)),
    toInvite: c.malformed ? [] : invitees(ctx, c.id, (fn) => !seated.has(fn)),
  };
}

function absentView(ctx: ViewContext, conversation: ConversationId, number: number): ConversationView {
  return {
    id: conversation,
    info: CONVERSATIONS[conversation],
    number,
    present: false,
    malformed: false,
    participants: [],
    review: { state: 'missing', inherited: false },
    goals: [],
    applications: [],
    platforms: [],
    liabilities: [],
    toInvite: invitees(ctx, conversation, () => true),
  };
}

/** Recommended roles (as the catalogue knows them) for the invited functions that pass the filter. */
function invitees(ctx: ViewContext, conversation: ConversationId, wanted: (fn: string) => boolean): RoleInfo[] {
  const out: RoleInfo[] = [];
  for (const fn of CONVERSATIONS[conversation].invites) {
    if (!wanted(fn)) continue;
    const roleId = recommendedRole(fn);
    const role = roleId ? ctx.roles.get(roleId) : undefined;
    if (role) out.push(role);
  }
  return out;
}
