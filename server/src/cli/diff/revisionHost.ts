/**
 * A StrategyHost over a git revision, so that a strategy is composed at its own revision (its globs
 * matched against that revision's files): the file list is `git ls-tree -r --full-tree` (read once),
 * folders are derived from it, texts come from `git show REV:PATH` (each read once), and a symbolic
 * link is resolved through the target git stores for it. Paths are the core's (absolute,
 * `/`-separated), under `top`: the repository's top folder as the working tree spells it, so that both
 * sides of a diff name a file alike.
 */
import { basename, dirname, joinPath, relativePath } from '../../core/compose';
import type { DirEntry, ReadResult, StrategyHost } from '../../core/host';
import type { Git } from './git';

const MAX_LINKS = 8;

export function revisionHost(git: Git, commit: string, top: string): StrategyHost {
  const kinds = new Map<string, DirEntry['kind']>([[top, 'folder']]);
  const children = new Map<string, Map<string, DirEntry['kind']>>();
  const add = (file: string, kind: DirEntry['kind']) => {
    kinds.set(file, kind);
    for (
      let child = file, parent = dirname(file);
      child !== top && child !== parent;
      child = parent, parent = dirname(parent)
    ) {
      let entries = children.get(parent);
      if (!entries) children.set(parent, (entries = new Map<string, DirEntry['kind']>()));
      const had = entries.has(basename(child));
      entries.set(basename(child), child === file ? kind : 'folder');
      if (child !== file) kinds.set(child, 'folder');
      if (had && child !== file) break; // the folders above are known already
    }
  };
  for (const f of git.listTree(commit)) {
    add(joinPath(top, f.path), f.type !== 'blob' ? 'other' : f.mode === '120000' ? 'link' : 'file');
  }
  const texts = new Map<string, ReadResult>();
  const show = (file: string): ReadResult => {
    let r = texts.get(file);
    if (!r) {
      try {
        r = { text: git.showTop(commit, relativePath(top, file)) };
      } catch (e) {
        r = { error: (e as Error).message };
      }
      texts.set(file, r);
    }
    return r;
  };
  const realpath = (file: string): string | undefined => {
    let at = file;
    for (let hops = 0; hops <= MAX_LINKS; hops++) {
      const kind = kinds.get(at);
      if (kind !== 'link') return kind === undefined ? undefined : at;
      const target = show(at);
      if ('error' in target || target.text.startsWith('/')) return undefined; // outside the revision
      at = joinPath(dirname(at), target.text);
    }
    return undefined;
  };
  return {
    readFile(file) {
      const real = realpath(file);
      const kind = real === undefined ? undefined : kinds.get(real);
      if (kind === undefined) return { error: 'no such file or folder' };
      if (kind === 'folder') return { error: 'is a folder' };
      return show(real!);
    },
    realpath,
    readDir(folder) {
      const entries = children.get(folder);
      return entries ? [...entries].map(([name, kind]) => ({ name, kind })) : undefined;
    },
  };
}
