/**
 * The editor's compare of a strategy across files (spec: "Changes between revisions", a strategy
 * across files is compared as one strategy): the base is composed at its revision from the files the
 * client read (givenRevision.ts), starting from the head's root, and diffed against the head composed
 * from the workspace, both at default severities and before suppressions, as `strategy diff` does.
 * Files are named relative to the repository's top, as the client reads them.
 */
import { StrategyComposer, type ComposedStrategy } from '../compose/compose';
import { relativePath } from '../compose/paths';
import { givenRevisionHost, type GivenRevision } from './givenRevision';
import { diffStrategies } from './index';
import { composedSide } from './side';
import type { ChangeRecord } from './types';

export type BaseAt =
  /** Composing the base asked for these paths (relative to the top), which were not given. */
  | { needs: string[] }
  /** The strategy at the revision; undefined when the head's root is no root there (the strategy was added). */
  | { base: ComposedStrategy | undefined };

/**
 * The strategy whose root is `root` (the head's root, a real path under `top`) at the revision given,
 * composed with `{ today, ignoreSuppressions: true }`; or what composing it still needs. As the
 * command line matches strategies by their root's path, a file that is a part at the revision (or a
 * one-file strategy that is now a part) is no base: the head's strategy counts as added.
 */
export function composeBase(top: string, given: GivenRevision, root: string, today: string): BaseAt {
  const host = givenRevisionHost(top, given);
  const r = new StrategyComposer(host, { today, ignoreSuppressions: true }).compose(root);
  if (host.needs.length) return { needs: [...host.needs] };
  return { base: 'error' in r || r.root !== root ? undefined : r };
}

/**
 * The records from `base` to `head` (composed with `{ today, ignoreSuppressions: true }`), each file
 * named relative to `top`.
 */
export function diffAcross(top: string, base: ComposedStrategy | undefined, head: ComposedStrategy): ChangeRecord[] {
  const nameOf = (file: string) => relativePath(top, file);
  return diffStrategies(base && composedSide(base, nameOf), composedSide(head, nameOf));
}
