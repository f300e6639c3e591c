/** When a review falls due (spec: review-overdue; the preview's review view). */
import { CADENCE_MONTHS } from '../catalog';
import { addMonths, isValidDate } from '../dates';
import type { Review } from './types';

/** The date a review falls due, or undefined when its cadence or last date is not valid. */
export function nextReview(review: Review | undefined): string | undefined {
  const months = review?.cadence ? CADENCE_MONTHS[review.cadence.text] : undefined;
  const last = review?.last?.text;
  if (!months || !last || !isValidDate(last)) return undefined;
  return addMonths(last, months);
}
