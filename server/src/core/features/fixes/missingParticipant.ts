/** missing-participant: add the missing function's recommended role to the conversation's participants. */
import { isConversationId } from '../../catalog';
import { entry } from '../../parse/tree';
import { roleForFunction } from '../team';
import type { TextEdit } from '../types';
import type { Fixer } from './context';
import { appendItem, fillEmpty, insertFirstKey, insertKeyLines } from './structure';
import { columnOf } from './text';

export const missingParticipantFix: Fixer = (fx, p) => {
  const data = fx.dataOf(p);
  const conv = String(data.conversation ?? '');
  const fn = String(data.function ?? '');
  const e = isConversationId(conv) ? fx.conversationEntry(conv) : undefined;
  if (!e || !fn) return [];
  const c = fx.model.conversations.find((x) => x.id === conv);
  const listed = new Set([c?.owner, ...(c?.participants ?? [])].filter((v) => v !== undefined).map((v) => v.text));
  const role = roleForFunction(fn, fx.roles, listed);
  if (!role) return [];
  let edits: TextEdit[] | undefined;
  const line = `participants: [${role}]`;
  if (e.value === null) {
    edits = fillEmpty(fx.text, e, { lines: [line], childCol: columnOf(fx.text, e.keySpan.start) + fx.indentUnit() });
  } else if (e.value.kind === 'map') {
    const map = e.value;
    const list = entry(map, 'participants');
    const owner = entry(map, 'owner');
    const edit = !list
      ? owner
        ? insertKeyLines(fx.text, map, [line], owner)
        : insertFirstKey(fx.text, map, line)
      : list.value === null
        ? undefined
        : list.value.kind === 'seq'
          ? appendItem(fx.text, list.value, [role])
          : undefined;
    edits = list && list.value === null ? fillEmpty(fx.text, list, { inline: `[${role}]` }) : edit && [edit];
  }
  if (!edits) return [];
  return [
    {
      title: `Add ${role} (${fx.roles.get(role)?.title ?? fn}) to the participants of ${conv}`,
      edits,
      isPreferred: true,
    },
  ];
};
