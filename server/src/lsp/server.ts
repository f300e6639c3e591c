/**
 * The language server: capabilities, document sync, settings and diagnostics, and the feature
 * handlers, all over the pure core. Dependencies are injected so that tests can drive it over
 * in-memory streams; `main.ts` only creates the connection.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import type { Worker } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isValidDate } from '../core';
import { IncrementalAnalyzer } from '../core/incremental/analyzer';
import type { FileThreads } from '../core/compose';
import type { ServerContext } from './context';
import { DiagnosticsManager } from './diagnostics';
import { AnalysisCache, describe, type DocumentAnalyzer } from './documentCache';
import { registerCodeActions } from './features/codeActions';
import { registerCompare } from './features/compare';
import { COMPLETION_TRIGGERS, registerCompletionAndHover } from './features/completion';
import { registerNavigation } from './features/navigation';
import { registerOutline } from './features/outline';
import { registerPreview } from './features/preview';
import { registerSplit } from './features/split';
import { registerCounts } from './features/counts';
import type { ServerFiles } from './files';
import { SettingsSource } from './settings';
import { LargeDocuments } from './largeDocuments';
import { AnalysisWorkerClient } from './worker/workerClient';
import { clientSupport, registerWorkspace, startWorkspace, type ClientSupport } from './workspace/register';
import { StrategyWorkspace } from './workspace/workspace';

export interface ServerDeps {
  /** The platform's files: the disk (lsp/node/serverFiles.ts) or the client's (lsp/browser/clientFiles.ts). */
  files: ServerFiles;
  /** Creates the analyzer of one open document (default: the core's IncrementalAnalyzer; tests may inject one that throws). */
  createAnalyzer?: () => DocumentAnalyzer;
  /**
   * Starts the worker thread that holds the analysis of large documents and answers for them
   * (main.ts: dist/server.js itself, flagged by workerData). Without it every document is analysed on
   * the main thread.
   */
  createWorker?: () => Worker;
  /** Documents of at least this many characters go to the worker (default LARGE_DOCUMENT). */
  largeDocumentSize?: number;
  /** Worker threads that analyse whole files when the workspace index has many (main.ts: dist/server.js itself); absent: one thread. */
  pool?: FileThreads;
  /**
   * Logs a line for each analysis of a file and where it ran (`analysed <uri>: <where>`), for tests and
   * for finding repeated work (main.ts: STRATEGY_TRACE=analyses).
   */
  traceAnalyses?: boolean;
}

/**
 * 1 Mi characters: about 33,000 lines, whose first parse takes a second or more. Smaller documents are
 * analysed in place: the incremental analysis re-checks an edit of a 10,000-line file in tens of
 * milliseconds, which a round trip to the worker would only lengthen (measured in bench/RESULTS.md).
 */
export const LARGE_DOCUMENT = 1024 * 1024;

export function startServer(connection: Connection, deps: ServerDeps): void {
  const log = (message: string) => connection.console.error(message);
  const documents = new TextDocuments(TextDocument);
  let today: string | undefined;
  let pullSettings = false;
  let registerConfiguration = false;
  let hierarchicalSymbols = false;
  let settings = new SettingsSource({ connection, pull: false, warn: (m) => connection.console.warn(m) });
  const createAnalyzer = deps.createAnalyzer ?? (() => new IncrementalAnalyzer());
  const trace = deps.traceAnalyses
    ? (uri: string, where: string) => connection.console.log(`analysed ${uri}: ${where}`)
    : undefined;
  const cache = new AnalysisCache({
    createAnalyzer,
    today: () => today,
    log,
    onAnalysed: trace && ((uri) => trace(uri, 'main thread')),
  });
  const largeDocuments = deps.createWorker
    ? new LargeDocuments(
        new AnalysisWorkerClient({
          create: deps.createWorker,
          log,
          onAnalysed: trace && ((uri, version) => trace(uri, `analysis worker, version ${version}`)),
        }),
        deps.largeDocumentSize ?? LARGE_DOCUMENT,
      )
    : undefined;
  const ctx: ServerContext = {
    connection,
    files: deps.files,
    documents,
    get settings() {
      return settings;
    },
    cache,
    log,
    largeDocuments,
  };
  const diagnostics = new DiagnosticsManager(ctx);
  let folders: string[] = [];
  let support: ClientSupport = { pull: false, refresh: false, watch: false };
  const workspace = new StrategyWorkspace({
    files: deps.files,
    documents,
    optionsFor: async (uri) => cache.analyzeOptions(await settings.get(uri)),
    isAlone: (document) => largeDocuments?.isLarge(document) ?? false,
    push: (uri, found, version) => void connection.sendDiagnostics({ uri, version, diagnostics: found }),
    pool: deps.pool,
    ruleFailures: cache.ruleFailures,
    log,
    onAnalysed:
      trace && ((uri, where) => trace(uri, where === 'here' ? 'workspace index' : 'workspace index, pool thread')),
  });
  ctx.workspace = workspace;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    pullSettings = caps.workspace?.configuration === true;
    registerConfiguration = pullSettings && caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    hierarchicalSymbols = caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    settings = new SettingsSource({ connection, pull: pullSettings, warn: (m) => connection.console.warn(m) });
    support = clientSupport(caps, params.initializationOptions);
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    registerWorkspace(ctx, workspace, support);
    const requested = (params.initializationOptions as { today?: unknown } | null | undefined)?.today;
    if (typeof requested === 'string' && isValidDate(requested)) today = requested;
    else if (requested !== undefined)
      log(
        `initializationOptions.today must be a date YYYY-MM-DD, got ${JSON.stringify(requested)}; using the local date.`,
      );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: caps.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
        documentSymbolProvider: { label: 'Strategy' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        ...(support.pull
          ? { diagnosticProvider: { identifier: 'strategy', interFileDependencies: true, workspaceDiagnostics: true } }
          : {}),
      },
      serverInfo: { name: 'strategy-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (deps.files.noWorker) connection.console.info(deps.files.noWorker);
    if (registerConfiguration)
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'strategy' });
    void startWorkspace(connection, workspace, folders, support).catch((error) =>
      log(`Indexing the workspace failed: ${describe(error)}`),
    );
  });

  connection.onDidChangeConfiguration((params) => {
    settings.changed(params);
    // Analyses are kept by their options: settings re-sent unchanged (VS Code and the benchmark's client
    // do so at start) cost no new analysis, only the rules of the workspace's strategies.
    workspace.reset();
    void workspace.flush();
    diagnostics.refreshAll();
  });

  documents.onDidOpen((e) => {
    workspace.opened(e.document.uri);
    diagnostics.validateNow(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    workspace.edited(e.document.uri);
    diagnostics.schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    diagnostics.clear(e.document.uri, e.document);
    cache.delete(e.document.uri);
    largeDocuments?.forget(e.document.uri);
    settings.forget(e.document.uri);
    previews.forget(e.document.uri);
  });

  registerNavigation(ctx);
  registerOutline(ctx, { hierarchical: () => hierarchicalSymbols });
  registerCompletionAndHover(ctx);
  registerCodeActions(ctx);
  const previews = registerPreview(ctx, { today: () => today });
  registerSplit(ctx);
  registerCounts(ctx);
  registerCompare(ctx, { today: () => today });
  connection.onShutdown(() => {
    diagnostics.dispose();
    largeDocuments?.dispose();
    deps.pool?.close();
  });

  documents.listen(connection);
  connection.listen();
}

declare const STRATEGY_VERSION: string | undefined;
const VERSION = typeof STRATEGY_VERSION === 'string' ? STRATEGY_VERSION : '0.0.0-dev';
