/**
 * Compare mode's round trips: `strategy/compare` answers `needs` while composing the base asked for
 * paths the client has not read; the client reads them at the revision (client/src/git/show.ts), adds
 * them to the base and asks again, until the answer is the comparison. The base grows only: each
 * round reads paths not read before, so the rounds end. No VS Code at run time.
 */
import type { CompareBase, CompareNeeds, CompareResult } from '../../../server/src/protocol';
import type { PathsAt } from '../git/show';

/** Reads paths at the compared revision for the server. */
export type ReadAtRevision = (paths: readonly string[]) => Promise<PathsAt>;

/** Far more than any strategy's folders are deep: a server that keeps asking is a bug, not a wait. */
const MAX_ROUNDS = 64;

export interface CompareAnswer {
  answer: CompareResult | null;
  /** The base with every path read for this answer (asking with it again needs no more rounds). */
  base: CompareBase;
}

/** Asks until the answer is no longer `needs`; without `read`, a `needs` answer is an error. */
export async function compareInRounds(
  ask: (base: CompareBase) => Promise<CompareResult | CompareNeeds | null>,
  base: CompareBase,
  read: ReadAtRevision | undefined,
): Promise<CompareAnswer> {
  for (let round = 0; ; round++) {
    const answer = await ask(base);
    if (!answer || !('needs' in answer)) return { answer, base };
    const known = new Set([
      ...base.files.map((f) => f.path),
      ...(base.folders ?? []).map((f) => f.path),
      ...(base.absent ?? []),
    ]);
    const fresh = [...new Set(answer.needs)].filter((p) => !known.has(p));
    if (!read || !fresh.length || round >= MAX_ROUNDS) {
      throw new Error(`the language server asked for ${answer.needs.join(', ') || 'nothing'} at ${base.label} again`);
    }
    base = withPaths(base, await read(fresh));
  }
}

/** `base` with the paths read added. */
export function withPaths(base: CompareBase, read: PathsAt): CompareBase {
  return {
    ...base,
    files: [...base.files, ...read.files],
    folders: [...(base.folders ?? []), ...read.folders],
    absent: [...(base.absent ?? []), ...read.absent],
  };
}
