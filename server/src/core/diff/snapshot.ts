/**
 * One side of a diff as plain facts: every item by id with its fields as text and where each one is
 * written. Layout, order, comments, quoting and the file an item is written in do not show here.
 */
import type { ConversationId } from '../catalog';
import type { Conversation, Item, Review, Value } from '../model/types';
import { roleCatalog } from '../model';
import { problemFacts, type ProblemFact } from './problemIds';
import type { Span } from '../types';
import type { DiffSide, Loc } from './types';

export type EntityKind = 'strategy' | 'role' | 'conversation' | 'review' | Item['kind'];

/** A scalar as the diff compares it, and its line. */
export interface Fact {
  text: string;
  loc: Loc;
}

export interface Entity {
  kind: EntityKind;
  /** Empty for the strategy and the strategy's own review. */
  id: string;
  conversation?: ConversationId;
  loc: Loc;
  /** The fields that have a value (defaults included), by YAML key. */
  fields: Map<string, Fact>;
  /** Set-valued fields (covers, data, mitigations): entries by text, first occurrence kept. */
  lists: Map<string, Map<string, Fact>>;
}

export interface ConversationEntity extends Entity {
  /** The owner and the participants, by role id. */
  participants: Map<string, Fact>;
}

export interface Snapshot {
  header: Entity;
  /** By conversation id; '' is the strategy's own review. */
  reviews: Map<string, Entity>;
  roles: Map<string, Entity>;
  /** Every role id the side knows: built-in and declared. */
  knownRoles: ReadonlySet<string>;
  conversations: Map<ConversationId, ConversationEntity>;
  /** Goals, applications, platforms and liabilities by id (the first occurrence of a duplicated id). */
  items: Map<string, Entity>;
  problems: ProblemFact[];
  /** Whether any file of the side has YAML syntax errors. */
  syntaxErrors: boolean;
}

/** The scalar fields of each kind, in the order a person reads them; `status` has a default. */
export const FIELDS: Readonly<Record<EntityKind, readonly string[]>> = {
  strategy: ['strategy', 'organization', 'version', 'sponsor'],
  role: ['title', 'function', 'description'],
  conversation: ['owner', 'summary'],
  review: ['cadence', 'last'],
  goal: ['statement', 'owner', 'metric', 'target', 'due', 'status'],
  application: ['name', 'owner', 'platform', 'audience'],
  platform: ['name', 'owner', 'sourcing', 'hosting'],
  liability: ['title', 'category', 'owner', 'status'],
};

export const LISTS: Readonly<Partial<Record<EntityKind, readonly string[]>>> = {
  application: ['data'],
  liability: ['covers', 'mitigations'],
};

const DEFAULTS: Readonly<Partial<Record<EntityKind, Record<string, string>>>> = {
  goal: { status: 'planned' },
  liability: { status: 'open' },
};

export function snapshot(side: DiffSide): Snapshot {
  const loc = (span: Span): Loc => {
    const file = side.files[side.fileOf(span)] ?? side.files[0];
    const lines = file.analysis.lines;
    return { file: file.name, line: lines ? lines.position(span.start).line : 0 };
  };
  const fact = (v: Value): Fact => ({ text: textOf(side, v), loc: loc(v.span) });
  const entity = (
    kind: EntityKind,
    id: string,
    at: Loc,
    values: Record<string, Value | undefined>,
    conversation?: ConversationId,
  ): Entity => {
    const fields = new Map<string, Fact>();
    for (const name of FIELDS[kind]) {
      const v = values[name];
      const fallback = DEFAULTS[kind]?.[name];
      if (v) fields.set(name, fact(v));
      else if (fallback !== undefined) fields.set(name, { text: fallback, loc: at });
    }
    const e: Entity = { kind, id, loc: at, fields, lists: new Map() };
    if (conversation) e.conversation = conversation;
    return e;
  };
  const model = side.model;
  const rootLoc: Loc = { file: side.files[0]?.name ?? model.file, line: 0 };
  const h = model.header;
  const header = entity('strategy', '', rootLoc, {
    strategy: h.strategy,
    organization: h.organization,
    version: h.version,
    sponsor: h.sponsor,
  });
  const reviews = new Map<string, Entity>();
  const addReview = (id: string, r: Review | undefined, conversation?: ConversationId) => {
    if (r) reviews.set(id, entity('review', id, loc(r.keySpan), { cadence: r.cadence, last: r.last }, conversation));
  };
  addReview('', model.header.review);
  const roles = new Map<string, Entity>();
  for (const r of model.roles) {
    if (!roles.has(r.id))
      roles.set(
        r.id,
        entity('role', r.id, loc(r.keySpan), { title: r.title, function: r.function, description: r.description }),
      );
  }
  const conversations = new Map<ConversationId, ConversationEntity>();
  const items = new Map<string, Entity>();
  for (const c of model.conversations) {
    if (conversations.has(c.id)) continue;
    conversations.set(c.id, conversationEntity(c));
    addReview(c.id, c.review, c.id);
    for (const list of [c.goals, c.applications, c.platforms, c.liabilities]) {
      for (const it of list) if (it.id && !items.has(it.id.text)) items.set(it.id.text, itemEntity(it));
    }
  }
  return {
    header,
    reviews,
    roles,
    knownRoles: new Set(roleCatalog(model).keys()),
    conversations,
    items,
    problems: problemFacts(side),
    syntaxErrors: side.files.some((f) => (f.analysis.syntaxErrors?.length ?? 0) > 0),
  };

  function conversationEntity(c: Conversation): ConversationEntity {
    const e = entity('conversation', c.id, loc(c.keySpan), {
      owner: c.owner,
      summary: c.summary,
    }) as ConversationEntity;
    e.participants = new Map();
    for (const p of c.owner ? [c.owner, ...c.participants] : c.participants) {
      const f = fact(p);
      if (!e.participants.has(f.text)) e.participants.set(f.text, f);
    }
    return e;
  }

  function itemEntity(it: Item): Entity {
    const id = it.id!.text;
    // FIELDS names only the item's scalar keys.
    const e = entity(it.kind, id, loc(it.anchor), it as unknown as Record<string, Value | undefined>, it.conversation);
    for (const name of LISTS[it.kind] ?? []) {
      const entries = new Map<string, Fact>();
      for (const v of (it as unknown as Record<string, Value[]>)[name]) {
        const f = fact(v);
        if (!entries.has(f.text)) entries.set(f.text, f);
      }
      e.lists.set(name, entries);
    }
    return e;
  }
}

/**
 * Scalars compare by their text: a string by its value (quoting is no change), any other scalar by
 * how it is written (`2026.10` is not `2026.1`, `25` is `"25"`).
 */
function textOf(side: DiffSide, v: Value): string {
  if (v.isString) return v.text;
  const text = side.files[side.fileOf(v.span)]?.analysis.text ?? '';
  const written = text.slice(v.span.start, v.span.end).trim();
  return written === '' || /^[*&!]/.test(written) ? v.text : written;
}
