/**
 * The change records of a comparison as marks on the page's items (spec: "Changes between
 * revisions", the editor): which conversation card, item or seat is `added`, `removed` or `changed`,
 * with the before and after of each changed field. Pure; the records come from core/diff.
 */
import type { ChangeRecord, RecordKind } from '../../diff/types';

export type MarkClass = 'added' | 'removed' | 'changed';

/** One changed field (or list entry) of an item: before and after as the records give them. */
export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

export interface ItemMark {
  change: MarkClass;
  /** The item's changed fields, in the records' order (empty for an added or removed item). */
  fields: FieldChange[];
}

/** The kinds drawn as items of a conversation card. */
export type ItemKind = 'goal' | 'application' | 'platform' | 'liability';

export interface CompareMarks {
  /** The revision compared with, as the user picked it (`HEAD`, a branch, a short hash). */
  label: string;
  records: readonly ChangeRecord[];
  /** The mark of a conversation card: its own fields, its review and its participants. */
  conversation(id: string): ItemMark | undefined;
  item(kind: ItemKind, id: string): ItemMark | undefined;
  /** Participants added to (`added`) or removed from (`removed`) a conversation, by role id. */
  seats(conversation: string): ReadonlyMap<string, MarkClass>;
  /** Items removed from a conversation (their ids), to draw from the base side at their place. */
  removed(kind: ItemKind, conversation: string): ReadonlySet<string>;
}

const ITEM_KINDS: ReadonlySet<RecordKind> = new Set(['goal', 'application', 'platform', 'liability']);

export function compareMarks(label: string, records: readonly ChangeRecord[]): CompareMarks {
  const conversations = new Map<string, ItemMark>();
  const items = new Map<string, ItemMark>();
  const seats = new Map<string, Map<string, MarkClass>>();
  const removed = new Map<string, Set<string>>();
  for (const r of records) {
    if (r.kind === 'conversation') note(conversations, r.id, r);
    else if (r.kind === 'review' && r.conversation)
      note(conversations, r.conversation, { ...r, field: `review ${r.field ?? ''}`.trim() });
    else if (r.kind === 'participant' && r.conversation) {
      note(conversations, r.conversation, { ...r, change: 'changed' });
      const m = seats.get(r.conversation) ?? new Map<string, MarkClass>();
      if (r.change === 'added' || r.change === 'removed') m.set(r.id, r.change);
      seats.set(r.conversation, m);
    } else if (ITEM_KINDS.has(r.kind)) {
      note(items, `${r.kind}:${r.id}`, r);
      if (r.change === 'removed' && r.conversation) {
        const key = `${r.kind}:${r.conversation}`;
        removed.set(key, (removed.get(key) ?? new Set()).add(r.id));
      }
    }
  }
  return {
    label,
    records,
    conversation: (id) => conversations.get(id),
    item: (kind, id) => items.get(`${kind}:${id}`),
    seats: (conversation) => seats.get(conversation) ?? new Map(),
    removed: (kind, conversation) => removed.get(`${kind}:${conversation}`) ?? new Set(),
  };
}

/** Adds a record to the mark of `key`: added and removed win; anything else makes it `changed`. */
function note(
  marks: Map<string, ItemMark>,
  key: string,
  r: Pick<ChangeRecord, 'change' | 'field' | 'before' | 'after' | 'kind'>,
): void {
  const mark = marks.get(key) ?? { change: 'changed', fields: [] };
  if (r.change === 'added' || r.change === 'removed') {
    if (r.kind !== 'participant') mark.change = r.change;
  } else if (r.change === 'moved') {
    mark.fields.push(fieldChange({ field: 'conversation', before: r.before, after: r.after }));
  } else if (r.field !== undefined) {
    mark.fields.push(fieldChange({ field: r.field, before: r.before, after: r.after }));
  }
  marks.set(key, mark);
}

function fieldChange(f: FieldChange): FieldChange {
  const out: FieldChange = { field: f.field };
  if (f.before !== undefined) out.before = f.before;
  if (f.after !== undefined) out.after = f.after;
  return out;
}
