/**
 * The revisions "Compare Strategy with Revision..." offers for one file: `HEAD`, the commit of the
 * last strategy review (picked by the server by `--since-review`'s rule from the first-parent
 * history), the branches and tags, and the file's recent commits.
 */
import { RefType, type Commit, type Repository } from './types';

export interface Revision {
  /** What git is given (`HEAD`, a branch or tag name, a full hash). */
  ref: string;
  /** What the preview says: "Changes since LABEL". */
  label: string;
  description?: string;
  detail?: string;
  group: 'head' | 'review' | 'branch' | 'tag' | 'commit';
}

/** How far back the first-parent history is read to find the review commit. */
const HISTORY = 500;
const RECENT = 15;
const REFS = 60;

/** The first-parent history of HEAD, newest first, from a log read by the Git extension (hash and committer time). */
export function firstParentHistory(log: readonly Commit[]): { hash: string; time: number }[] {
  const byHash = new Map(log.map((c) => [c.hash, c]));
  const out: { hash: string; time: number }[] = [];
  for (let c = log[0]; c && out.length < log.length; c = byHash.get(c.parents[0] ?? '')!) {
    const date = c.commitDate ?? c.authorDate;
    if (!date) break;
    out.push({ hash: c.hash, time: Math.floor(date.getTime() / 1000) });
  }
  return out;
}

export interface ReviewCommit {
  hash?: string;
  last?: string;
}

/** Every revision to offer; `reviewOf` asks the server which commit of the history the last review was held on. */
export async function revisionsOf(
  repository: Repository,
  file: string,
  reviewOf: (history: { hash: string; time: number }[]) => Promise<ReviewCommit>,
): Promise<Revision[]> {
  const [log, refs, recent] = await Promise.all([
    repository.log({ maxEntries: HISTORY }).catch(() => [] as Commit[]),
    repository.getRefs({ sort: 'committerdate', count: REFS }).catch(() => []),
    repository.log({ maxEntries: RECENT, path: file }).catch(() => [] as Commit[]),
  ]);
  const out: Revision[] = [{ ref: 'HEAD', label: 'HEAD', description: 'the last commit', group: 'head' }];
  const review = log.length ? await reviewOf(firstParentHistory(log)) : {};
  if (review.hash) {
    out.push({
      ref: review.hash,
      label: `the review of ${review.last} (${short(review.hash)})`,
      description: short(review.hash),
      detail: `the last commit before the day after review.last (${review.last})`,
      group: 'review',
    });
  }
  for (const r of refs) {
    if (!r.name) continue;
    const group = r.type === RefType.Tag ? 'tag' : 'branch';
    out.push({
      ref: r.name,
      label: r.name,
      description: [r.type === RefType.RemoteHead ? 'remote branch' : group, r.commit && short(r.commit)]
        .filter(Boolean)
        .join(' '),
      group,
    });
  }
  for (const c of recent) {
    out.push({
      ref: c.hash,
      label: short(c.hash),
      description: firstLine(c.message),
      detail: [c.authorName, c.commitDate?.toISOString().slice(0, 10)].filter(Boolean).join(', '),
      group: 'commit',
    });
  }
  return out;
}

export function short(hash: string): string {
  return hash.slice(0, 7);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? '';
}
