/**
 * Where one side's files come from: the working tree (the same walk as `check`) or a git revision
 * (`git ls-tree`, the same rules: *.strategy.yaml|yml below a folder, no node_modules, no dot-folder,
 * no symbolic link; a file named whatever its name). Files are named as `check` names found files.
 */
import * as path from 'node:path';
import { joinPath } from '../../core/compose';
import type { StrategyHost } from '../../core/host';
import { findStrategyFiles, STRATEGY_FILE } from '../files';
import { nodeHost, toCorePath } from '../host';
import type { Git } from './git';
import { revisionHost } from './revisionHost';

export interface FileSource {
  /** How the side is named in output: the revision as given, a commit hash, or `worktree`. */
  label: string;
  /** The strategy files under the paths, sorted; `missing`: paths that are not there. */
  find(paths: readonly string[]): { files: string[]; missing: string[] };
  /** The side's files as the core reads them (strategies are composed on it). */
  host: StrategyHost;
  /** A found or given name as the host's path. */
  corePath(name: string): string;
}

export function worktreeSource(cwd: string): FileSource {
  return {
    label: 'worktree',
    find(paths) {
      const found = findStrategyFiles(paths);
      return { files: found.files, missing: found.unreadable.map((u) => u.path) };
    },
    host: nodeHost(),
    corePath: (name) => toCorePath(name, cwd),
  };
}

/**
 * A revision's files. `here` is the current folder's real path (core spelling) and `top` the
 * repository's top folder spelt from it: names relative to `here` are the working tree's.
 */
export function revisionSource(git: Git, commit: string, label: string, here: string, top: string): FileSource {
  let host: StrategyHost | undefined;
  return {
    label,
    find(paths) {
      const files = new Set<string>();
      const missing: string[] = [];
      for (const given of paths) {
        const listed = git.listFiles(commit, [given]).filter((f) => f.type === 'blob' && f.mode !== '120000');
        const self = path.normalize(given).replace(/\/+$/, '');
        if (listed.length === 1 && path.normalize(listed[0].path) === self) {
          files.add(given); // a file named on the command line, whatever its name
          continue;
        }
        if (listed.length === 0) missing.push(given);
        for (const f of listed) {
          const rel = path.relative(given, f.path);
          const parts = rel.split(path.sep);
          const folders = parts.slice(0, -1);
          if (
            folders.some((p) => p === 'node_modules' || p.startsWith('.')) ||
            !STRATEGY_FILE.test(parts[parts.length - 1])
          )
            continue;
          files.add(path.join(given, rel));
        }
      }
      return { files: [...files].sort(comparePaths), missing };
    },
    get host() {
      return (host ??= revisionHost(git, commit, top)); // listed when first composed
    },
    corePath: (name) => joinPath(here, name.split(path.sep).join('/')),
  };
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
