/** Finds strategy files (shared by `strategy check` and the language server's workspace index): named files whatever their name, folders searched for *.strategy.yaml|yml. */
import * as fs from 'fs';
import * as path from 'path';
import type { DirEntry } from '../core/host';

export const STRATEGY_FILE = /\.strategy\.ya?ml$/;

export interface FoundFiles {
  files: string[];
  /** Paths that do not exist or cannot be read as a file or folder. */
  unreadable: { path: string; reason: string }[];
}

export function findStrategyFiles(paths: readonly string[]): FoundFiles {
  const files = new Set<string>();
  const unreadable: FoundFiles['unreadable'] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      unreadable.push({ path: p, reason: reason(e) });
      continue;
    }
    if (stat.isDirectory()) walk(p, files);
    else files.add(p);
  }
  return { files: [...files].sort(comparePaths), unreadable };
}

function walk(dir: string, out: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.isSymbolicLink()) continue;
    const full = dir === '.' ? e.name : path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      walk(full, out);
    } else if (e.isFile() && STRATEGY_FILE.test(e.name)) out.add(full);
  }
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (e as Error)?.message ?? String(e);
}

/** A folder's entries as the core's hosts give them (links not followed), or undefined when it cannot be listed. */
export function readDirEntries(folder: string): DirEntry[] | undefined {
  try {
    return fs.readdirSync(folder, { withFileTypes: true }).map((e): DirEntry => ({
      name: e.name,
      kind: e.isSymbolicLink() ? 'link' : e.isDirectory() ? 'folder' : e.isFile() ? 'file' : 'other',
    }));
  } catch {
    return undefined;
  }
}
