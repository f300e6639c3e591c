// A small LSP client for protocol tests: spawns `node dist/server.js --stdio`, initializes it like an
// editor would, answers workspace/configuration from `settings`, and waits on publishDiagnostics events.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const TODAY = '2026-11-25';
/** Only catches hangs: every wait is on an event. */
export const HANG_TIMEOUT = 20_000;

export interface HarnessOptions {
  /** Announce workspace.configuration (default true). */
  configuration?: boolean;
  /** initializationOptions (default { today: TODAY }). */
  initializationOptions?: unknown;
  /** The workspace folders, absolute paths (default: the repository). */
  workspaceFolders?: string[];
  /** Changes the client capabilities announced (default: a VS Code-like client that pushes, without watched files). */
  capabilities?: (caps: ClientCapabilities) => ClientCapabilities;
  /** The answer to workspace/configuration from the start (the server checks the workspace as soon as it is initialized). */
  settings?: SettingsFor;
  /** Extra environment of the server process (e.g. STRATEGY_LARGE_DOCUMENT). */
  env?: Record<string, string>;
}

/** What the client answers to workspace/configuration for the `strategy` section of a resource. */
export type SettingsFor = (scopeUri: string | undefined) => unknown;

interface Waiter {
  uri: string;
  version?: number;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspHarness {
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Messages the server logged (window/logMessage). */
  readonly logs: string[] = [];
  /** How many workspace/configuration requests the server sent. */
  configurationRequests = 0;
  /** Every client/registerCapability registration the server asked for. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** How many workspace/diagnostic/refresh requests the server sent. */
  diagnosticRefreshes = 0;
  settings: SettingsFor = () => ({});
  initializeResult!: InitializeResult;
  private readonly waiters: Waiter[] = [];
  private exited: Promise<number | null>;

  private constructor(
    readonly connection: ProtocolConnection,
    readonly process: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => process.once('exit', (code) => resolve(code)));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      for (const w of [...this.waiters]) {
        if (w.uri !== p.uri || (w.version !== undefined && w.version !== p.version)) continue;
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(p);
      }
    });
    connection.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p.message);
    });
    connection.onRequest(ConfigurationRequest.type, (p) => {
      this.configurationRequests++;
      return p.items.map((item) => (item.section === 'strategy' ? this.settings(item.scopeUri) : null));
    });
    connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.diagnosticRefreshes++;
    });
    connection.onRequest(UnregistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  }

  static async start(options: HarnessOptions = {}): Promise<LspHarness> {
    const folders = options.workspaceFolders ?? [ROOT];
    const proc = spawn(process.execPath, [SERVER, '--stdio'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    proc.stderr.on('data', () => {});
    const connection = createProtocolConnection(
      new StreamMessageReader(proc.stdout),
      new StreamMessageWriter(proc.stdin),
    );
    const h = new LspHarness(connection, proc);
    if (options.settings) h.settings = options.settings;
    connection.listen();
    h.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folders[0] ?? ROOT).href,
      workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })),
      capabilities: (options.capabilities ?? ((c) => c))(clientCapabilities(options.configuration ?? true)),
      initializationOptions: options.initializationOptions ?? { today: TODAY },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return h;
  }

  /** Resolves with the next publishDiagnostics for uri (and version, when given). Register before triggering. */
  nextDiagnostics(uri: string, version?: number, ms = HANG_TIMEOUT): Promise<PublishDiagnosticsParams> {
    return withTimeout(
      new Promise((resolve) => this.waiters.push({ uri, version, resolve })),
      `diagnostics for ${uri} v${version ?? '*'}`,
      ms,
    );
  }

  /** The latest diagnostics published for uri, or the next ones when none came yet. */
  latestDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    const known = this.published.filter((p) => p.uri === uri).pop();
    return known ? Promise.resolve(known) : this.nextDiagnostics(uri);
  }

  /** Resolves with the next diagnostics for uri that satisfy `accept` (an event, not a poll). */
  diagnosticsWhere(uri: string, accept: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const known = this.published.filter((p) => p.uri === uri).pop();
    if (known && accept(known)) return Promise.resolve(known);
    const next = async (): Promise<PublishDiagnosticsParams> => {
      const p = await this.nextDiagnostics(uri);
      return accept(p) ? p : next();
    };
    return next();
  }

  /** Opens a document and resolves with its first diagnostics. */
  async open(uri: string, text: string, version = 1, languageId = 'strategy'): Promise<PublishDiagnosticsParams> {
    const next = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
    return next;
  }

  /** Sends a change; pass a string to replace the whole text. */
  async change(uri: string, version: number, change: string | TextDocumentContentChangeEvent[]): Promise<void> {
    const contentChanges = typeof change === 'string' ? [{ text: change }] : change;
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async configurationChanged(settings: unknown = null): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  /** shutdown, exit, and wait for the process to end (killed only if it hangs). */
  async stop(): Promise<number | null> {
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 'shutdown');
      await this.connection.sendNotification(ExitNotification.type);
      return await withTimeout(this.exited, 'exit');
    } finally {
      this.connection.dispose();
      if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
    }
  }
}

export function fileUri(relative: string): string {
  return pathToFileURL(path.join(ROOT, relative)).href;
}

export function withTimeout<T>(promise: Promise<T>, what: string, ms = HANG_TIMEOUT): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The 0-based position of the nth occurrence of needle (plus delta characters) in text. */
export function positionOf(text: string, needle: string, nth = 0, delta = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} not found`);
  }
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

function clientCapabilities(configuration: boolean): ClientCapabilities {
  return {
    workspace: {
      configuration,
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true },
    },
    textDocument: {
      synchronization: { didSave: false, dynamicRegistration: false },
      publishDiagnostics: {
        versionSupport: true,
        codeDescriptionSupport: true,
        dataSupport: true,
        relatedInformation: false,
      },
      completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      definition: { linkSupport: false },
      references: {},
      rename: { prepareSupport: true },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: { lineFoldingOnly: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
    },
  };
}
