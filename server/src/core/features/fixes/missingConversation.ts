/**
 * missing-conversation: add the conversation with its recommended team at the end of
 * `conversations` (or a `conversations:` block at the end of the file); when several are missing,
 * also one fix that adds them all.
 */
import { CONVERSATION_IDS, isConversationId } from '../../catalog';
import { teamFor } from '../team';
import type { Fix, Fixer } from './context';
import { addConversations, withTeam } from './addConversation';

export const missingConversationFix: Fixer = (fx, p) => {
  const id = fx.dataOf(p).conversation;
  if (typeof id !== 'string' || !isConversationId(id)) return [];
  const out: Fix[] = [];
  const team = teamFor(id, fx.model);
  const one = addConversations(fx, [withTeam(fx, id)]);
  if (one) {
    out.push({
      title: `Add the ${id} conversation (owner ${team.owner}, participants ${team.participants.join(', ')})`,
      edits: one,
      isPreferred: true,
    });
  }
  const present = new Set(fx.model.conversations.map((c) => c.id));
  const missing = CONVERSATION_IDS.filter((c) => !present.has(c));
  if (missing.length > 1 && missing.includes(id)) {
    const all = addConversations(
      fx,
      missing.map((c) => withTeam(fx, c)),
    );
    if (all)
      out.push({ title: `Add all ${missing.length} missing conversations with their recommended teams`, edits: all });
  }
  return out;
};
