/** One strategy's result: `{"root", "base", "head", "changes"}` of `--format json`. */
import type { ChangeRecord } from '../../core/diff';

export interface DiffEntry {
  /** The root's path, named as `check` names found files. */
  root: string;
  /** The base revision as given (`HEAD` when defaulted); a full hash with --since-review; null when no commit precedes the review. */
  base: string | null;
  /** The head revision as given, or `worktree`. */
  head: string;
  changes: ChangeRecord[];
}

export function heading(e: DiffEntry): string {
  return `${e.root} (${e.base ?? 'none'} -> ${e.head})`;
}
