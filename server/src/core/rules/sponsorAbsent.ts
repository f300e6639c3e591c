import type { Finding, Rule } from './context';

export const sponsorAbsent: Rule = {
  code: 'sponsor-absent',
  defaultSeverity: 'information',
  description: 'The sponsor is neither owner nor participant of a conversation.',
  check({ model, roles }) {
    const sponsor = model.header.sponsor?.text;
    if (!sponsor || !roles.has(sponsor)) return [];
    const out: Finding[] = [];
    for (const c of model.conversations) {
      if (c.malformed) continue;
      if (c.owner?.text === sponsor || c.participants.some((p) => p.text === sponsor)) continue;
      out.push({
        span: c.keySpan,
        message: `The sponsor ${sponsor} takes no part in ${c.id}; add ${sponsor} to its participants so the strategy stays consistent.`,
        data: { conversation: c.id, role: sponsor },
      });
    }
    return out;
  },
};
