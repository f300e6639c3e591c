/** The composed model: the root's content, then each part's roles and conversations, in include order. */
import type { CompositionFacts, Conversation, DeclaredRole, StrategyModel } from '../model/types';
import type { Span } from '../types';

export function mergeModels(
  root: StrategyModel,
  parts: readonly StrategyModel[],
  facts: CompositionFacts,
): StrategyModel {
  const all = [root, ...parts];
  const roles: DeclaredRole[] = [];
  const conversations: Conversation[] = [];
  const firstRole = new Map<string, Span>();
  const firstConversation = new Map<string, Span>();
  for (const m of all) {
    for (const r of m.roles) {
      const first = firstRole.get(r.id);
      if (first) facts.shadowed.push({ kind: 'role', id: r.id, keySpan: r.keySpan, first });
      else {
        firstRole.set(r.id, r.keySpan);
        roles.push(r);
      }
    }
    for (const c of m.conversations) {
      const first = firstConversation.get(c.id);
      if (first) facts.shadowed.push({ kind: 'conversation', id: c.id, keySpan: c.keySpan, first });
      else {
        firstConversation.set(c.id, c.keySpan);
        conversations.push(c);
      }
    }
  }
  const states = all.map((m) => m.conversationsState);
  const model: StrategyModel = {
    file: root.file,
    header: root.header,
    roles,
    conversationsState: states.includes('invalid') ? 'invalid' : states.includes('map') ? 'map' : 'absent',
    conversations,
    composition: facts,
  };
  const anchor = root.conversationsKey ?? root.include?.keySpan;
  if (anchor) model.conversationsKey = anchor;
  if (root.include) model.include = root.include;
  return model;
}
