import type { Finding, Rule } from './context';

export const reviewMissing: Rule = {
  code: 'review-missing',
  defaultSeverity: 'information',
  description: 'Neither a conversation nor the strategy has a review rhythm.',
  check({ model }) {
    if (model.header.review) return [];
    const out: Finding[] = [];
    for (const c of model.conversations) {
      if (c.malformed) continue;
      if (c.review) continue;
      out.push({
        span: c.keySpan,
        message: `The ${c.id} conversation has no review, and neither has the strategy; add a review with a cadence and the last date.`,
        data: { conversation: c.id },
      });
    }
    return out;
  },
};
