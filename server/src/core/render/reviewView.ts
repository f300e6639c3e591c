/** Review status for the header, the cards and the timeline: last + cadence -> next, against today. */
import type { Review } from '../model/types';
import { nextReview } from '../model/review';
import type { ReviewState, ReviewView } from './viewTypes';

/** A review falling due within this many days is "due soon". */
export const DUE_SOON_DAYS = 14;

export function reviewView(
  review: Review | undefined,
  today: string,
  lineOf: (offset: number) => number,
  inherited = false,
): ReviewView {
  if (!review) return { state: 'missing', inherited };
  const next = nextReview(review);
  const view: ReviewView = {
    state: reviewState(next, today),
    cadence: review.cadence?.text,
    last: review.last ? { text: review.last.text, line: lineOf(review.last.span.start) } : undefined,
    next,
    inherited,
    line: lineOf(review.keySpan.start),
  };
  return view;
}

function reviewState(next: string | undefined, today: string): ReviewState {
  if (!next) return 'invalid';
  if (next < today) return 'overdue';
  return daysBetween(today, next) <= DUE_SOON_DAYS ? 'due-soon' : 'on-track';
}

/** Whole days from a to b (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Human words for a review's state, used by both renderers. */
export function reviewLabel(review: ReviewView): string {
  switch (review.state) {
    case 'overdue':
      return `Review overdue since ${review.next}`;
    case 'due-soon':
      return `Review due ${review.next}`;
    case 'on-track':
      return `Next review ${review.next}`;
    case 'invalid':
      return 'Review date unreadable';
    case 'missing':
      return 'No review set';
  }
}
