import { CONVERSATION_IDS, CONVERSATIONS } from '../catalog';
import type { Finding, Rule } from './context';

export const missingConversation: Rule = {
  code: 'missing-conversation',
  defaultSeverity: 'warning',
  description: 'One of the six conversations of a social business strategy is absent.',
  check({ model, lineZero }) {
    if (model.conversationsState === 'invalid') return [];
    const present = new Set(model.conversations.map((c) => c.id));
    const span = model.conversationsKey ?? lineZero;
    const out: Finding[] = [];
    for (const id of CONVERSATION_IDS) {
      if (present.has(id)) continue;
      const invite = CONVERSATIONS[id].invites.join(', ');
      out.push({
        span,
        message: `The ${id} conversation is missing; add it under conversations and invite the ${invite} leaders.`,
        data: { conversation: id },
      });
    }
    return out;
  },
};
