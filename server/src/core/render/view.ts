/** Analysis -> StrategyView: everything the preview draws, with source lines, computed once. */
import type { Analysis } from '../analyze';
import { CONVERSATIONS, CONVERSATION_IDS, EXPOSING_DATA } from '../catalog';
import { LineIndex } from '../lines';
import { allItems, roleCatalog } from '../model/catalogue';
import { coveredIds } from '../model/exposure';
import { brokenProblems } from './broken';
import { conversationViews, roleRef, type ViewContext } from './conversationView';
import { reviewView } from './reviewView';
import type {
  ConversationView,
  CoverageRow,
  LiabilityView,
  ProblemView,
  RoleRow,
  Stats,
  StrategyView,
  TimelineRow,
} from './viewTypes';
import type { Item, StrategyModel } from '../model/types';
import type { Problem } from '../types';

export function buildView(analysis: Analysis, today: string): StrategyView {
  const mapper = mapperOf(analysis);
  const lineOf = (offset: number) => mapper.position(offset).line;
  const model = analysis.model;
  const items = allItems(model);
  const itemsById = new Map<string, Item>();
  for (const it of items) if (it.id && !itemsById.has(it.id.text)) itemsById.set(it.id.text, it);
  const ctx: ViewContext = {
    today,
    roles: roleCatalog(model),
    itemsById,
    covered: coveredIds(items),
    strategyReview: model.header.review,
    lineOf,
  };
  const cell = (v: { text: string; span: { start: number } } | undefined) =>
    v ? { text: v.text, line: lineOf(v.span.start) } : undefined;
  const conversations = conversationViews(ctx, model.conversations);
  const liabilities = conversations.flatMap((c) => c.liabilities);
  const coverage = coverageRows(conversations, liabilities);
  const review = reviewView(model.header.review, today, lineOf);
  const toProblem = problemView(mapper);
  return {
    file: analysis.file,
    today,
    title: cell(model.header.strategy),
    organization: cell(model.header.organization),
    version: cell(model.header.version),
    sponsor: model.header.sponsor ? roleRef(ctx, model.header.sponsor) : undefined,
    review,
    conversations,
    roles: roleRows(ctx, model, conversations),
    liabilities,
    coverage,
    timeline: timelineRows(conversations, review),
    problems: analysis.problems.map(toProblem),
    broken: brokenProblems(analysis).map(toProblem),
    unreadable: !!analysis.unchecked,
    stats: stats(conversations, coverage),
  };
}

function mapperOf(analysis: Analysis): LineIndex {
  return analysis.lines ?? new LineIndex(analysis.text);
}

function problemView(mapper: LineIndex): (p: Problem) => ProblemView {
  return (p) => {
    const pos = mapper.position(p.span.start);
    return { code: p.code, severity: p.severity, message: p.message, line: pos.line, character: pos.character };
  };
}

/** The problems that keep this analysis's file from being read in full, with their lines. */
export function brokenViews(analysis: Analysis): ProblemView[] {
  return brokenProblems(analysis).map(problemView(mapperOf(analysis)));
}

/** Every role seated at some table (and every declared role), in the catalogue's order, unknown ones last. */
function roleRows(ctx: ViewContext, model: StrategyModel, conversations: ConversationView[]): RoleRow[] {
  const rows = new Map<string, RoleRow>();
  const declared = new Map(model.roles.map((r) => [r.id, r]));
  const row = (id: string, line: number): RoleRow => {
    let r = rows.get(id);
    if (!r) {
      const d = declared.get(id);
      const role = ctx.roles.get(id);
      r = {
        role: {
          id,
          line: d ? ctx.lineOf(d.keySpan.start) : line,
          title: role?.title,
          function: role?.function || undefined,
        },
        description: d?.description?.text,
        declared: !!d,
        sponsor: model.header.sponsor?.text === id,
        seats: {},
      };
      rows.set(id, r);
    }
    return r;
  };
  if (model.header.sponsor) row(model.header.sponsor.text, ctx.lineOf(model.header.sponsor.span.start));
  for (const c of conversations) {
    if (c.owner) row(c.owner.id, c.owner.line).seats[c.id] = { seat: 'owner', line: c.owner.line };
    for (const p of c.participants) {
      const r = row(p.id, p.line);
      if (!r.seats[c.id]) r.seats[c.id] = { seat: 'participant', line: p.line };
    }
  }
  for (const d of model.roles) row(d.id, ctx.lineOf(d.keySpan.start));
  const order = new Map([...ctx.roles.keys()].map((id, i) => [id, i]));
  const rank = (id: string) => order.get(id) ?? order.size;
  return [...rows.values()].sort((a, b) => rank(a.role.id) - rank(b.role.id));
}

/** Exposed applications and platforms against every liability that covers them. */
function coverageRows(conversations: ConversationView[], liabilities: LiabilityView[]): CoverageRow[] {
  const rows: CoverageRow[] = [];
  const byCovered = new Map<string, string[]>();
  for (const l of liabilities) {
    if (l.id === undefined) continue;
    for (const c of l.covers) {
      const list = byCovered.get(c.id) ?? [];
      if (!list.includes(l.id)) list.push(l.id);
      byCovered.set(c.id, list);
    }
  }
  const covering = (id: string | undefined) => (id === undefined ? [] : (byCovered.get(id) ?? []));
  for (const c of conversations) {
    for (const a of c.applications) {
      if (!a.exposed) continue;
      const cells = Object.create(null) as CoverageRow['cells'];
      for (const l of covering(a.platform?.id)) cells[l] = 'platform';
      for (const l of covering(a.id)) cells[l] = 'direct';
      const reasons: string[] = [];
      if (a.audience === 'external' || a.audience === 'partners') reasons.push(`${a.audience} audience`);
      for (const d of a.data) if (EXPOSING_DATA.includes(d)) reasons.push(`${d} data`);
      rows.push({
        kind: 'application',
        id: a.id,
        name: a.name,
        line: a.line,
        conversation: c.id,
        reasons,
        cells,
        covered: a.covered,
      });
    }
  }
  for (const c of conversations) {
    for (const p of c.platforms) {
      if (!p.exposed) continue;
      const cells = Object.create(null) as CoverageRow['cells'];
      for (const l of covering(p.id)) cells[l] = 'direct';
      const reasons: string[] = [];
      if (p.hosting === 'external') reasons.push('external hosting');
      if (p.sourcing === 'free') reasons.push('free sourcing');
      rows.push({
        kind: 'platform',
        id: p.id,
        name: p.name,
        line: p.line,
        conversation: c.id,
        reasons,
        cells,
        covered: p.covered,
      });
    }
  }
  return rows;
}

function timelineRows(conversations: ConversationView[], strategyReview: StrategyView['review']): TimelineRow[] {
  const rows: TimelineRow[] = [
    { key: 'strategy', title: 'Whole strategy', line: strategyReview.line, review: strategyReview },
  ];
  for (const id of CONVERSATION_IDS) {
    const c = conversations.find((v) => v.id === id)!;
    rows.push({
      key: id,
      title: CONVERSATIONS[id].title,
      line: c.line,
      review: c.present ? c.review : { state: 'missing', inherited: false },
    });
  }
  return rows;
}

function stats(conversations: ConversationView[], coverage: CoverageRow[]): Stats {
  const goals = conversations.flatMap((c) => c.goals);
  const liabilities = conversations.flatMap((c) => c.liabilities);
  return {
    conversationsHeld: conversations.filter((c) => c.present).length,
    goals: goals.length,
    goalsDone: goals.filter((g) => g.status === 'done').length,
    goalsOverdue: goals.filter((g) => g.overdue).length,
    applications: conversations.reduce((n, c) => n + c.applications.length, 0),
    platforms: conversations.reduce((n, c) => n + c.platforms.length, 0),
    liabilities: liabilities.length,
    liabilitiesOpen: liabilities.filter((l) => l.status === 'open').length,
    exposed: coverage.length,
    uncovered: coverage.filter((r) => !r.covered).length,
  };
}
