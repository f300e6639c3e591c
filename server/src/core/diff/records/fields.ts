/** One `changed` record per changed field, and one per entry added to or removed from a list field. */
import { FIELDS, LISTS, type Entity, type Fact } from '../snapshot';
import type { RecordKind } from '../types';
import { draft, type Draft } from './draft';

/** Compares two versions of one entity; `kind` and `id` name it in the records. */
export function fieldChanges(kind: RecordKind, base: Entity, head: Entity): Draft[] {
  const out: Draft[] = [];
  const conversation = head.conversation;
  for (const field of FIELDS[base.kind]) {
    const b = base.fields.get(field);
    const h = head.fields.get(field);
    if (b?.text === h?.text) continue;
    out.push(
      draft({
        kind,
        id: head.id,
        conversation,
        change: 'changed',
        field,
        before: b?.text,
        after: h?.text,
        base: b?.loc ?? base.loc,
        head: h?.loc ?? head.loc,
      }),
    );
  }
  for (const field of LISTS[base.kind] ?? []) {
    const b = base.lists.get(field) ?? new Map<string, Fact>();
    const h = head.lists.get(field) ?? new Map<string, Fact>();
    for (const [text, f] of b) {
      if (!h.has(text))
        out.push(
          draft({
            kind,
            id: head.id,
            conversation,
            change: 'changed',
            field,
            before: text,
            entry: text,
            base: f.loc,
            head: head.loc,
          }),
        );
    }
    for (const [text, f] of h) {
      if (!b.has(text))
        out.push(
          draft({
            kind,
            id: head.id,
            conversation,
            change: 'changed',
            field,
            after: text,
            entry: text,
            base: base.loc,
            head: f.loc,
          }),
        );
    }
  }
  return out;
}
