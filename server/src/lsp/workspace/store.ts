/**
 * The diagnostics of every file the workspace checks, each with a result id that changes only when
 * its diagnostics do: pushed (publishDiagnostics) to clients that do not pull, answered from here to
 * `textDocument/diagnostic` and `workspace/diagnostic` for those that do, so an unchanged file costs
 * nothing either way.
 */
import type { Diagnostic } from 'vscode-languageserver';

export interface StoredDiagnostics {
  resultId: string;
  diagnostics: Diagnostic[];
  /** The open document's version they are for (absent for a file read from disk). */
  version?: number;
}

interface Entry extends StoredDiagnostics {
  key: string;
}

export type Push = (uri: string, diagnostics: Diagnostic[], version: number | undefined) => void;

export class DiagnosticStore {
  private readonly entries = new Map<string, Entry>();
  private nextId = 1;
  /** Set while the client pulls: nothing is pushed. */
  pull = false;

  constructor(private readonly push: Push) {}

  /** Records a file's diagnostics; pushes them when they changed, or when they are for another version (an edit, a close: the disk's text again). */
  set(uri: string, diagnostics: Diagnostic[], version: number | undefined): boolean {
    const key = JSON.stringify(diagnostics);
    const old = this.entries.get(uri);
    const changed = !old || old.key !== key;
    const entry: Entry = { key, diagnostics, version, resultId: changed ? String(this.nextId++) : old.resultId };
    this.entries.set(uri, entry);
    if (!this.pull && (changed || version !== old?.version)) this.push(uri, diagnostics, version);
    return changed;
  }

  get(uri: string): StoredDiagnostics | undefined {
    return this.entries.get(uri);
  }

  /** The file is no longer checked here: its diagnostics are cleared (`clear` false: someone else reports them now). */
  delete(uri: string, clear = true): void {
    if (!this.entries.delete(uri)) return;
    if (clear && !this.pull) this.push(uri, [], undefined);
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }
}
