/**
 * missing-owner: insert `owner: ROLE` as the first key. A conversation gets the recommended role of
 * its first invited function; an item gets its conversation's owner, else that same role.
 */
import { isConversationId } from '../../catalog';
import { conversationOwner, itemOwner } from '../team';
import type { FixContext, Fixer } from './context';
import { fillEmpty, insertFirstKey } from './structure';
import { columnOf } from './text';

export const missingOwnerFix: Fixer = (fx, p) => {
  const data = fx.dataOf(p);
  const conv = String(data.conversation ?? '');
  if (!isConversationId(conv)) return [];
  if (data.kind) {
    const node = fx.itemNodeAt(p.span.start);
    const role = itemOwner(conv, fx.model);
    const edit = node && insertFirstKey(fx.text, node, `owner: ${role}`);
    return edit ? [{ title: `Add owner: ${role}`, edits: [edit], isPreferred: true }] : [];
  }
  const role = conversationOwner(conv, fx.roles);
  const edits = conversationOwnerEdits(fx, conv, role);
  return edits ? [{ title: `Add owner: ${role} (${fx.roles.get(role)?.title ?? role})`, edits, isPreferred: true }] : [];
};

function conversationOwnerEdits(fx: FixContext, conv: string, role: string) {
  const e = fx.conversationEntry(conv);
  if (!e) return undefined;
  if (e.value === null) return fillEmpty(fx.text, e, { lines: [`owner: ${role}`], childCol: columnOf(fx.text, e.keySpan.start) + fx.indentUnit() });
  if (e.value.kind !== 'map') return undefined;
  const edit = insertFirstKey(fx.text, e.value, `owner: ${role}`);
  return edit && [edit];
}
