/** Role ids for sponsor, owner and participants: built-in and declared, the ones that fit the conversation first. */
import { CONVERSATIONS, recommendedRole, type RoleInfo } from '../../catalog';
import type { CompletionEntry } from '../types';
import type { Segment } from '../schemaNav';
import { roleSummary } from '../summaries';
import { conversationOwner } from '../team';
import { conversationOf, pad, type CompletionEnv, type Place } from './env';

export function roleEntries(
  env: CompletionEnv,
  path: readonly Segment[],
  present: readonly string[],
  place: Place,
): CompletionEntry[] {
  const conv = conversationOf(path);
  const inParticipants = path.includes('participants');
  const listed = new Set(present);
  const conversation = conv ? env.model.conversations.find((c) => c.id === conv) : undefined;
  const invites: readonly string[] = conv ? CONVERSATIONS[conv].invites : [];
  const owner = conversation?.owner?.text;
  const seated = new Set([owner, ...present].map((id) => (id ? env.roles.get(id)?.function : undefined)));
  const sponsor = env.model.header.sponsor?.text;
  const isConversationOwner = conv !== undefined && path.length === 3 && path[2] === 'owner';
  const rank = (r: RoleInfo): number => {
    const invited = invites.includes(r.function);
    if (inParticipants) {
      if (invited && !seated.has(r.function)) return r.id === recommendedRole(r.function) ? 0 : 1;
      if (r.id === sponsor) return 2;
      return invited ? 3 : 4;
    }
    if (isConversationOwner) return r.id === conversationOwner(conv, env.roles) ? 0 : invited ? 1 : 2;
    if (conv) return r.id === owner ? 0 : invited ? 1 : 2;
    return 0;
  };
  const out: CompletionEntry[] = [];
  let i = 0;
  for (const r of env.roles.values()) {
    i++;
    if (inParticipants && listed.has(r.id)) continue;
    out.push({
      label: r.id,
      kind: 'role',
      detail: r.function ? `${r.title} (${r.function})` : r.title,
      documentation: roleSummary(r.id, env.model, env.roles, env.roleUsage),
      insertText: place.prefix + r.id,
      replace: place.replace,
      sortText: `${rank(r)}${pad(i)}`,
    });
  }
  return out;
}
