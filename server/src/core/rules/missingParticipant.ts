import { withArticle } from '../article';
import { CONVERSATIONS, recommendedRole } from '../catalog';
import type { Finding, Rule } from './context';

export const missingParticipant: Rule = {
  code: 'missing-participant',
  defaultSeverity: 'information',
  description: 'No participant of a conversation has one of the functions that conversation should invite.',
  check({ model, roles }) {
    const out: Finding[] = [];
    for (const c of model.conversations) {
      if (c.malformed) continue;
      const people = [c.owner, ...c.participants].filter((v) => v !== undefined);
      const functions = new Set(people.map((p) => roles.get(p.text)?.function).filter(Boolean));
      for (const fn of CONVERSATIONS[c.id].invites) {
        if (functions.has(fn)) continue;
        const role = recommendedRole(fn);
        out.push({
          span: c.keySpan,
          message: `No participant of ${c.id} has the ${fn} function; invite ${withArticle(fn)} leader such as ${role}.`,
          data: { conversation: c.id, function: fn, role },
        });
      }
    }
    return out;
  },
};
