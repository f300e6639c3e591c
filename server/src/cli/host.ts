/** The command line's host: the disk, each file read at most once per run (a file is known by its real path). */
import * as fs from 'fs';
import * as path from 'path';
import type { ReadResult, StrategyHost } from '../core/host';
import { reason } from './files';
import { readDirEntries } from '../node/files';

/** Absolute, `/`-separated: the core's spelling of a path. */
export function toCorePath(p: string, cwd: string): string {
  return path.resolve(cwd, p).split(path.sep).join('/');
}

export function nodeHost(): StrategyHost {
  const texts = new Map<string, ReadResult>();
  return {
    readFile(file) {
      let r = texts.get(file);
      if (!r) {
        try {
          r = { text: fs.readFileSync(file, 'utf8') };
        } catch (e) {
          r = { error: reason(e) };
        }
        texts.set(file, r);
      }
      return r;
    },
    realpath(file) {
      try {
        return fs.realpathSync(file).split(path.sep).join('/');
      } catch {
        return undefined;
      }
    },
    readDir(folder) {
      return readDirEntries(folder);
    },
  };
}
