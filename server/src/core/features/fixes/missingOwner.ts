/**
 * missing-owner: insert `owner: ROLE` as the first key. A conversation gets the recommended role of
 * its first invited function; an item gets its conversation's owner, else that same role.
 */
import { isConversationId } from '../../catalog';
import { conversationOwner, itemOwner } from '../team';
import type { TextEdit } from '../types';
import type { FixContext, Fixer, MapNode } from './context';
import { fillEmpty, insertFirstKey } from './structure';
import { columnOf } from './text';

export const missingOwnerFix: Fixer = (fx, p) => {
  const data = fx.dataOf(p);
  const conv = String(data.conversation ?? '');
  if (!isConversationId(conv)) return [];
  if (data.kind) {
    const node = fx.itemNodeAt(p.span.start);
    const role = itemOwner(conv, fx.model);
    const edits = node && ownerEdits(fx.text, node, role);
    return edits ? [{ title: `Add owner: ${role}`, edits, isPreferred: true }] : [];
  }
  const role = conversationOwner(conv, fx.roles);
  const edits = conversationOwnerEdits(fx, conv, role);
  return edits
    ? [{ title: `Add owner: ${role} (${fx.roles.get(role)?.title ?? role})`, edits, isPreferred: true }]
    : [];
};

function conversationOwnerEdits(fx: FixContext, conv: string, role: string) {
  const e = fx.conversationEntry(conv);
  if (!e) return undefined;
  if (e.value === null)
    return fillEmpty(fx.text, e, {
      lines: [`owner: ${role}`],
      childCol: columnOf(fx.text, e.keySpan.start) + fx.indentUnit(),
    });
  if (e.value.kind !== 'map') return undefined;
  return ownerEdits(fx.text, e.value, role);
}

/**
 * `owner: ROLE` in a mapping: the first key when there is no owner; the value when the key is there
 * but empty (`owner:`, `owner: ~`). An owner key that holds something else (a list, a mapping, a
 * second owner key) is a schema error to resolve by hand: adding another key would duplicate it.
 */
function ownerEdits(text: string, map: MapNode, role: string): TextEdit[] | undefined {
  const owners = map.entries.filter((e) => e.key === 'owner');
  if (owners.length > 1 || (owners[0] && owners[0].value !== null)) return undefined;
  if (owners[0]) return fillEmpty(text, owners[0], { inline: role });
  const edit = insertFirstKey(text, map, `owner: ${role}`);
  return edit && [edit];
}
