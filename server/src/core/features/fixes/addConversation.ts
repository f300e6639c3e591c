/** Adds conversations at the end of the `conversations` mapping, or a `conversations:` block at the end of the file. */
import type { ConversationId } from '../../catalog';
import { teamFor } from '../team';
import type { TextEdit } from '../types';
import type { FixContext } from './context';
import { fillEmpty, insertKeyLines, isFlow } from './structure';
import { columnOf, contentEnd, eolOf, insertLinesAfter, spaces } from './text';

export interface NewConversation {
  id: ConversationId;
  /** Lines under the conversation's key, given the file's indentation step (nested lines carry it already). */
  body: (unit: string) => string[];
}

/** A conversation with its recommended team (as `strategy init` writes it), plus `extra` lines. */
export function withTeam(
  fx: FixContext,
  id: ConversationId,
  extra: (unit: string) => string[] = () => [],
): NewConversation {
  const team = teamFor(id, fx.model);
  return { id, body: (u) => [`owner: ${team.owner}`, `participants: [${team.participants.join(', ')}]`, ...extra(u)] };
}

export function addConversations(fx: FixContext, conversations: readonly NewConversation[]): TextEdit[] | undefined {
  const root = fx.blockRoot();
  if (!root || !conversations.length) return undefined;
  const step = fx.indentUnit();
  const u = spaces(step);
  const lines = conversations.flatMap((c) => [`${c.id}:`, ...c.body(u).map((l) => u + l)]);
  const e = fx.conversationsEntry();
  const text = fx.text;
  if (!e) {
    // After the root mapping's last line, not at the end of the file (a second document there is
    // not checked), and at the column of its keys (a root mapping may be indented as a whole).
    const top = spaces(root.entries.length ? columnOf(text, root.entries[0].keySpan.start) : 0);
    const block = ['conversations:', ...lines.map((l) => u + l)].map((l) => top + l);
    const edit = insertLinesAfter(text, Math.max(root.span.start, contentEnd(text, root.span) - 1), block);
    if (edit.span.start === text.length && !edit.newText.endsWith('\n')) edit.newText += eolOf(text); // the file ends with a line break then
    return [edit];
  }
  if (e.value === null) return fillEmpty(text, e, { lines, childCol: columnOf(text, e.keySpan.start) + step });
  if (e.value.kind !== 'map' || isFlow(text, e.value)) return undefined;
  const edit = insertKeyLines(text, e.value, lines);
  return edit && [edit];
}
