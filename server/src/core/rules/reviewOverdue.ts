import { nextReview } from '../model/review';
import type { Review } from '../model/types';
import type { Finding, Rule } from './context';

export const reviewOverdue: Rule = {
  code: 'review-overdue',
  defaultSeverity: 'warning',
  description: "A review's last date plus its cadence is before today.",
  check({ model, today }) {
    const out: Finding[] = [];
    const check = (review: Review | undefined, whose: string) => {
      const due = nextReview(review);
      if (!due || due >= today || !review?.last) return;
      out.push({
        span: review.last.span,
        message: `The ${whose} review was due on ${due} (${review.cadence!.text} after ${review.last.text}); hold the review and update last.`,
        data: { due },
      });
    };
    check(model.header.review, 'strategy');
    for (const c of model.conversations) check(c.review, `${c.id}`);
    return out;
  },
};
