/**
 * `conversation` and `participant` records. The participants of a conversation are its owner and its
 * `participants`; an added or removed conversation gives no participant records.
 */
import { draft, type Draft, type Sides } from './draft';
import { fieldChanges } from './fields';

export function conversationChanges({ base, head }: Sides): Draft[] {
  const out: Draft[] = [];
  for (const [id, b] of base.conversations) {
    const h = head.conversations.get(id);
    if (!h) {
      out.push(draft({ kind: 'conversation', id, change: 'removed', base: b.loc }));
      continue;
    }
    for (const d of fieldChanges('conversation', b, h)) {
      delete d.conversation; // a conversation record names the conversation by its id only
      out.push(d);
    }
    for (const [role, f] of b.participants) {
      if (!h.participants.has(role))
        out.push(
          draft({ kind: 'participant', id: role, conversation: id, change: 'removed', base: f.loc, head: h.loc }),
        );
    }
    for (const [role, f] of h.participants) {
      if (!b.participants.has(role))
        out.push(draft({ kind: 'participant', id: role, conversation: id, change: 'added', base: b.loc, head: f.loc }));
    }
  }
  for (const [id, h] of head.conversations) {
    if (!base.conversations.has(id))
      out.push(draft({ kind: 'conversation', id, change: 'added', head: h.loc, label: h.fields.get('owner')?.text }));
  }
  return out;
}
