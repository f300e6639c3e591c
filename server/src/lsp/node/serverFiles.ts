/** The language server's files on Node: the disk, named by file: URIs (lsp/files.ts). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ServerFiles } from '../files';
import { findStrategyFiles, readDirEntries, reason } from '../../node/files';

/** The core's spelling of a file: URI: absolute, `/`-separated; undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri).split(path.sep).join('/');
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

export function nodeFiles(): ServerFiles {
  return {
    pathOf: uriToPath,
    uriOf: pathToUri,
    read: (file) => {
      try {
        return { text: fs.readFileSync(file, 'utf8') };
      } catch (e) {
        return { error: reason(e) };
      }
    },
    realpath: (file) => {
      try {
        return fs.realpathSync(file).split(path.sep).join('/');
      } catch {
        return undefined;
      }
    },
    readDir: readDirEntries,
    find: (folders) =>
      Promise.resolve(
        findStrategyFiles(folders.filter((f) => fs.existsSync(f))).files.map((f) => f.split('\\').join('/')),
      ),
    exists: (uri) => {
      const file = uriToPath(uri);
      return Promise.resolve(file !== undefined && fs.existsSync(file));
    },
  };
}
