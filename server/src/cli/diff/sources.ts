/**
 * Where one side's files come from: the working tree (the same walk as `check`) or a git revision
 * (`git ls-tree`, the same rules: *.strategy.yaml|yml below a folder, no node_modules, no dot-folder,
 * no symbolic link; a file named whatever its name). Files are named as `check` names found files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findStrategyFiles, STRATEGY_FILE } from '../files';
import type { Git } from './git';

export interface FileSource {
  /** How the side is named in output: the revision as given, a commit hash, or `worktree`. */
  label: string;
  /** The strategy files under the paths, sorted; `missing`: paths that are not there. */
  find(paths: readonly string[]): { files: string[]; missing: string[] };
  /** A file's text; throws (with a message to show) when it cannot be read. */
  read(name: string): string;
}

export function worktreeSource(): FileSource {
  return {
    label: 'worktree',
    find(paths) {
      const found = findStrategyFiles(paths);
      return { files: found.files, missing: found.unreadable.map((u) => u.path) };
    },
    read: (name) => fs.readFileSync(name, 'utf8'),
  };
}

export function revisionSource(git: Git, commit: string, label: string): FileSource {
  const texts = new Map<string, string>();
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
          if (folders.some((p) => p === 'node_modules' || p.startsWith('.')) || !STRATEGY_FILE.test(parts[parts.length - 1])) continue;
          files.add(path.join(given, rel));
        }
      }
      return { files: [...files].sort(comparePaths), missing };
    },
    read(name) {
      let text = texts.get(name);
      if (text === undefined) {
        text = git.show(commit, path.normalize(name));
        texts.set(name, text);
      }
      return text;
    },
  };
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
