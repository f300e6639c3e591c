/**
 * The base of "since the last review" (spec: `--since-review`, and the editor's "last strategy
 * review" entry): the last commit on the first-parent history of HEAD whose committer date, in UTC,
 * is before the day after the head side's `review.last`. Compared in code: `git log --before` is
 * inclusive, local and uses the time of day. Pure: the command line reads the history with git, the
 * editor through VS Code's Git extension; both hand it here.
 */
import { isValidDate } from '../dates';

/** A commit of the first-parent history, newest first. */
export interface CommitTime {
  hash: string;
  /** Committer date, seconds since the epoch (UTC). */
  time: number;
}

/**
 * The base commit for a review held on `last`, or undefined when there is none (no commit that old,
 * no valid `review.last`: the strategy counts as added). A `last` after today gives HEAD.
 */
export function reviewBase(
  history: readonly CommitTime[],
  last: string | undefined,
  today: string,
): string | undefined {
  if (last === undefined || !isValidDate(last)) return undefined;
  if (last > today) return history[0]?.hash;
  const [y, m, d] = last.split('-').map(Number);
  const dayAfter = Date.UTC(y, m - 1, d + 1) / 1000;
  return history.find((c) => c.time < dayAfter)?.hash;
}
