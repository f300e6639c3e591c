/**
 * Where the language server's files come from: the one seam between the server and its platform.
 * On Node (`node/serverFiles.ts`) they are the disk's, named by file: URIs; in a browser
 * (`browser/clientFiles.ts`) the client hands them over through `vscode.workspace.fs`, whatever the
 * URIs' scheme. The core sees neither: it reads through the workspace's host (workspace/host.ts).
 *
 * Reads are synchronous (the core's host interface); a platform that fetches asynchronously loads
 * the files in `find` and `refresh` first and answers from memory.
 */
import type { DirEntry, ReadResult } from '../core/host';

export interface ServerFiles {
  /** The core's path (absolute, `/`-separated) of a document URI; undefined for URIs it cannot read (untitled:). */
  pathOf(uri: string): string | undefined;
  /** The URI of a core path (the inverse of pathOf). */
  uriOf(file: string): string;
  read(file: string): ReadResult;
  /** The path with every link resolved, or undefined when it does not exist. */
  realpath(file: string): string | undefined;
  readDir(folder: string): DirEntry[] | undefined;
  /** The strategy files under these folders (core paths), as `strategy check` of the folders finds them. */
  find(folders: readonly string[]): Promise<string[]>;
  /** Whether something exists at this URI (the split refuses to overwrite a file). */
  exists(uri: string): Promise<boolean>;
  /** These files changed (watched-file events): a platform that holds copies fetches them again. */
  refresh?(files: readonly string[]): Promise<void>;
  /** Why the worker for large documents is absent on this platform, when it is (logged once). */
  readonly noWorker?: string;
}
