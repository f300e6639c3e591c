/**
 * A fresh folder for one language-server session: the session's workspace holds its own files and
 * nothing else, so that a server that indexes its workspace never reads (or keeps in memory) the
 * files of another session or another size. Removed when the session ends.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface SessionFolder {
  dir: string;
  /** The folder's file: URI (the session's workspace folder). */
  uri: string;
  /** The path of a file in the folder (not written). */
  path(name: string): string;
  /** Writes a file into the folder; answers its path. */
  write(name: string, text: string): string;
  /** Removes the folder and everything in it. */
  dispose(): void;
}

export function sessionFolder(label: string): SessionFolder {
  const dir = mkdtempSync(join(tmpdir(), `strategy-bench-${label}-`));
  return {
    dir,
    uri: pathToFileURL(dir).href,
    path: (name) => join(dir, name),
    write(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
