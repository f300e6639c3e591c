/**
 * `--since-review`: the base of a strategy is the last commit on the first-parent history of HEAD
 * whose committer date, in UTC, is before the day after the head side's `review.last`. Compared in
 * code: `git log --before` is inclusive, local and uses the time of day.
 */
import { isValidDate } from '../../core';
import type { Commit } from './git';

/**
 * The base commit for a review held on `last`, or undefined when there is none (no commit that old,
 * no valid `review.last`: the strategy counts as added). A `last` after today gives HEAD.
 */
export function reviewBase(history: readonly Commit[], last: string | undefined, today: string): string | undefined {
  if (last === undefined || !isValidDate(last)) return undefined;
  if (last > today) return history[0]?.hash;
  const [y, m, d] = last.split('-').map(Number);
  const dayAfter = Date.UTC(y, m - 1, d + 1) / 1000;
  return history.find((c) => c.time < dayAfter)?.hash;
}
