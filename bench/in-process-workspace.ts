/**
 * The language server's workspace (server/src/lsp/workspace) in process, without a connection: files
 * in memory, open documents as the server keeps them (TextDocument, incremental changes), and the
 * diagnostics it would push recorded here. A change goes the way the server's DiagnosticsManager takes
 * it once its delay is over: `workspace.edited(uri)`, then `await workspace.flush()`, which composes
 * the edited file's strategy again and records the diagnostics of each of its files.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { memoryHost } from '../server/src/core/host';
import { STRATEGY_FILE_NAME } from '../server/src/core/compose/paths';
import { analysisOptions, DEFAULT_SETTINGS } from '../server/src/core/settings';
import type { ServerFiles } from '../server/src/lsp/files';
import { StrategyWorkspace } from '../server/src/lsp/workspace/workspace';

export interface PushedDiagnostics {
  diagnostics: Diagnostic[];
  version?: number;
}

/** A platform whose files are a map of absolute path -> text. */
export function memoryFiles(files: Map<string, string>): ServerFiles {
  const host = memoryHost(files);
  const pathOf = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);
  return {
    pathOf,
    uriOf: (file) => pathToFileURL(file).href,
    read: (file) => host.readFile(file),
    realpath: (file) => host.realpath(file),
    readDir: (folder) => host.readDir(folder),
    find: (folders) =>
      Promise.resolve(
        [...files.keys()].filter((f) => STRATEGY_FILE_NAME.test(f) && folders.some((d) => f.startsWith(`${d}/`))),
      ),
    exists: (uri) => Promise.resolve(files.has(pathOf(uri) ?? '')),
  };
}

export class InProcessWorkspace {
  readonly workspace: StrategyWorkspace;
  private readonly documents = new Map<string, TextDocument>();
  /** The last diagnostics pushed for each URI. */
  readonly pushed = new Map<string, PushedDiagnostics>();
  /** How many publications the last change caused. */
  published = 0;

  constructor(files: Map<string, string>, today: string) {
    this.workspace = new StrategyWorkspace({
      files: memoryFiles(files),
      documents: { get: (uri) => this.documents.get(uri) },
      optionsFor: () => Promise.resolve(analysisOptions(DEFAULT_SETTINGS, today)),
      isAlone: () => false, // under the server's 1 Mi-character threshold for the worker
      push: (uri, diagnostics, version) => {
        this.published++;
        this.pushed.set(uri, { diagnostics, version });
      },
      ruleFailures: {
        report: (code, uri, error) => {
          throw new Error(`rule ${code} failed on ${uri}: ${error}`);
        },
      },
      log: () => undefined,
    });
  }

  /** Indexes the folder (every file's diagnostics recorded), as the server does on initialize. */
  start(folder: string): Promise<void> {
    return this.workspace.start([pathToFileURL(folder).href], true);
  }

  /** didOpen of a file with `text`, then its diagnostics. */
  async open(file: string, text: string): Promise<string> {
    const uri = pathToFileURL(file).href;
    this.documents.set(uri, TextDocument.create(uri, 'strategy', 1, text));
    this.workspace.opened(uri);
    await this.workspace.flush();
    return uri;
  }

  /** didChange, then what the server does when the validation delay is over. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    this.documents.set(uri, TextDocument.update(doc, changes, doc.version + 1));
    this.published = 0;
    this.workspace.edited(uri);
    await this.workspace.flush();
  }
}
