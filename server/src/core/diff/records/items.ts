/**
 * Goal, application, platform and liability records, matched by id: added, removed, moved to another
 * conversation (one `moved` record, then its `changed` ones) and changed. An id that changes kind is
 * removed and added.
 */
import type { Entity } from '../snapshot';
import type { RecordKind } from '../types';
import { draft, type Draft, type Sides } from './draft';
import { fieldChanges } from './fields';

const NAME_FIELD: Record<string, string> = {
  goal: 'statement',
  application: 'name',
  platform: 'name',
  liability: 'title',
};

export function itemChanges({ base, head }: Sides): Draft[] {
  const out: Draft[] = [];
  for (const [id, b] of base.items) {
    const h = head.items.get(id);
    if (!h || h.kind !== b.kind) {
      out.push(
        draft({ kind: kindOf(b), id, conversation: b.conversation, change: 'removed', base: b.loc, label: nameOf(b) }),
      );
      continue;
    }
    if (h.conversation !== b.conversation) {
      out.push(
        draft({
          kind: kindOf(h),
          id,
          conversation: h.conversation,
          change: 'moved',
          before: b.conversation,
          after: h.conversation,
          base: b.loc,
          head: h.loc,
        }),
      );
    }
    out.push(...fieldChanges(kindOf(h), b, h));
  }
  for (const [id, h] of head.items) {
    const b = base.items.get(id);
    if (!b || b.kind !== h.kind)
      out.push(
        draft({ kind: kindOf(h), id, conversation: h.conversation, change: 'added', head: h.loc, label: nameOf(h) }),
      );
  }
  return out;
}

function kindOf(e: Entity): RecordKind {
  return e.kind;
}

function nameOf(e: Entity): string | undefined {
  return e.fields.get(NAME_FIELD[e.kind])?.text;
}
