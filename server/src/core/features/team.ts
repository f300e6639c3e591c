/** Which roles completion, snippets and quick fixes pick (the spec's "recommended role"), given the file's roles. */
import { CONVERSATIONS, recommendedRole, type ConversationId, type RoleInfo } from '../catalog';
import type { Conversation, StrategyModel } from '../model/types';
import { roleCatalog } from '../model/catalogue';
import { conversationTeam } from '../template';

/** The role picked for a function: its recommended role, else the first role of the catalogue with it. */
export function roleForFunction(
  fn: string,
  roles: Map<string, RoleInfo>,
  exclude: ReadonlySet<string> = new Set(),
): string | undefined {
  const recommended = recommendedRole(fn);
  if (recommended && roles.get(recommended)?.function === fn && !exclude.has(recommended)) return recommended;
  for (const r of roles.values()) if (r.function === fn && !exclude.has(r.id)) return r.id;
  return undefined;
}

/** The owner a conversation should get: the recommended role of its first invited function. */
export function conversationOwner(id: ConversationId, roles?: Map<string, RoleInfo>): string {
  const fn = CONVERSATIONS[id].invites[0];
  return (roles && roleForFunction(fn, roles)) ?? recommendedRole(fn) ?? conversationTeam(id).owner;
}

/**
 * The team of a new conversation: `strategy init`'s team (conversationTeam), with the file's own
 * sponsor in place of the CIO when the file has another known sponsor.
 */
export function teamFor(id: ConversationId, model: StrategyModel): { owner: string; participants: string[] } {
  const { owner, participants } = conversationTeam(id);
  const roles = roleCatalog(model);
  const sponsor = model.header.sponsor?.text;
  if (!sponsor || sponsor === 'cio' || !roles.has(sponsor)) return { owner, participants };
  const invitesIt = CONVERSATIONS[id].invites.some((fn) => recommendedRole(fn) === 'cio');
  const kept = invitesIt ? participants : participants.filter((p) => p !== 'cio');
  if (owner !== sponsor && !kept.includes(sponsor)) kept.push(sponsor);
  return { owner, participants: kept };
}

/** The owner a new item (goal, application...) gets: the conversation's owner when it is a known role. */
export function itemOwner(conversation: ConversationId, model: StrategyModel): string {
  const roles = roleCatalog(model);
  const conv: Conversation | undefined = model.conversations.find((c) => c.id === conversation);
  const owner = conv?.owner?.text;
  if (owner && roles.has(owner)) return owner;
  return conversationOwner(conversation, roles);
}
