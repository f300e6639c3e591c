/**
 * The language server's host for composition: the editor's open documents first, then the platform's
 * files (lsp/files.ts: the disk on Node, the client's copies in a browser). Their answers are kept until a watched-file event (or, for clients that cannot watch files, the next
 * batch of work) says they may have changed. Every call can be recorded, so that the workspace knows
 * which files and folders a strategy's composition looked at, and which changes concern it.
 */
import type { DirEntry, ReadResult, StrategyHost } from '../../core/host';
import { dirname } from '../../core/compose';
import type { ServerFiles } from '../files';

/** What a composition looked at: files read or resolved, and folders listed. */
export interface Dependencies {
  files: Set<string>;
  folders: Set<string>;
}

/** An open document as the host sees it. */
export interface OpenText {
  uri: string;
  version: number;
  text: string;
}

export class WorkspaceHost implements StrategyHost {
  private readonly texts = new Map<string, ReadResult>();
  private readonly reals = new Map<string, string | undefined>();
  private recording?: Dependencies;

  /**
   * @param open the open document at a path (its real path, as the core names files)
   * @param keep whether disk answers are kept until `changed` says otherwise (the client watches files)
   */
  constructor(
    private readonly files: ServerFiles,
    private readonly open: (file: string) => OpenText | undefined,
    private keep: boolean,
  ) {}

  /** Whether disk answers are kept between batches (the client reports file changes). */
  set watching(on: boolean) {
    this.keep = on;
  }

  /** A new batch of work: without file watching, the disk is read afresh. */
  beginBatch(): void {
    if (this.keep) return;
    this.texts.clear();
    this.reals.clear();
  }

  /** Files changed, were created or deleted on disk. */
  changed(files: Iterable<string>): void {
    for (const f of files) {
      this.texts.delete(f);
      for (const k of this.reals.keys()) if (k === f || k.startsWith(`${f}/`)) this.reals.delete(k);
    }
  }

  /** Runs `f`, recording what the host was asked meanwhile. */
  record<T>(f: () => T): { result: T; deps: Dependencies } {
    const outer = this.recording;
    const deps: Dependencies = { files: new Set(), folders: new Set() };
    this.recording = deps;
    try {
      return { result: f(), deps };
    } finally {
      this.recording = outer;
      if (outer) {
        for (const x of deps.files) outer.files.add(x);
        for (const x of deps.folders) outer.folders.add(x);
      }
    }
  }

  readFile(file: string): ReadResult {
    this.recording?.files.add(file);
    const doc = this.open(file);
    if (doc) return { text: doc.text };
    let r = this.texts.get(file);
    if (!r) {
      r = this.files.read(file);
      this.texts.set(file, r);
    }
    return r;
  }

  realpath(file: string): string | undefined {
    this.recording?.files.add(file);
    if (this.reals.has(file)) return this.reals.get(file);
    // An unsaved new document exists for the editor before it exists on disk.
    const real = this.files.realpath(file) ?? (this.open(file) ? file : undefined);
    if (real !== undefined) this.recording?.files.add(real);
    this.reals.set(file, real);
    return real;
  }

  readDir(folder: string): DirEntry[] | undefined {
    this.recording?.folders.add(folder);
    return this.files.readDir(folder);
  }
}

/** Whether a change at `file` concerns a composition that looked at `deps`. */
export function concerns(deps: Dependencies, file: string): boolean {
  if (deps.files.has(file)) return true;
  for (let d = dirname(file); ; d = dirname(d)) {
    if (deps.folders.has(d)) return true;
    if (d === '/' || d === '.' || dirname(d) === d) return false;
  }
}
