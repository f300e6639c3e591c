/**
 * The extension's context: owns the output channel and the language client's whole lifecycle
 * (start, restart, stop) and tells listeners when the server's state changes. Failures to start are
 * shown to the user with a way to the logs, never swallowed.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type LanguageClientOptions, type RequestType } from 'vscode-languageclient';

export const CLIENT_ID = 'strategy';
export const CLIENT_NAME = 'Strategy Language Server';
export const OUTPUT_NAME = 'Strategy';
export const SHOW_OUTPUT = 'Show Output';
export const RESTART = 'Restart Server';

export type ServerState = 'stopped' | 'starting' | 'running' | 'failed';

/** The documents the server checks on Node: strategy files on disk and untitled ones. */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'strategy' },
  { scheme: 'untitled', language: 'strategy' },
];

/**
 * How this build of the extension starts its language server: a Node process (node/launch.ts), or in
 * the browser a web worker or the extension host's own worker (web/launch.ts).
 */
export interface ServerLauncher {
  /** What the output says is started (the server's script). */
  readonly description: string;
  readonly documentSelector: LanguageClientOptions['documentSelector'];
  /** Why the server cannot start here (its script is missing), or undefined. */
  missing(): Promise<string | undefined>;
  /** The client of a new server; `log` writes to the extension's output. */
  create(id: string, name: string, options: LanguageClientOptions, log: (message: string) => void): BaseLanguageClient;
}

export class StrategyContext implements vscode.Disposable {
  readonly output: vscode.LogOutputChannel;
  private client: BaseLanguageClient | undefined;
  private clientListener: vscode.Disposable | undefined;
  private _state: ServerState = 'stopped';
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  /** Fires with the server's new state; the status bar and commands follow it. */
  readonly onDidChangeState = this.stateEmitter.event;
  private readonly reported = new Set<string>();
  /** Documents whose pulled full report VS Code has not put in place yet. */
  private readonly pulled = new Set<string>();
  private readonly pullListener: vscode.Disposable;
  private readonly reportEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires each time the server reports a document's diagnostics (pushed, or answering a pull), even an empty list or an unchanged report. */
  readonly onDidReceiveDiagnostics = this.reportEmitter.event;
  private readonly previewEmitter = new vscode.EventEmitter<{ uri: vscode.Uri; version: number }>();
  /** Fires when a preview shows a new render of its document (which version): for tests and benchmarks. */
  readonly onDidRenderPreview = this.previewEmitter.event;

  constructor(
    private readonly extension: vscode.ExtensionContext,
    private readonly launcher: ServerLauncher,
  ) {
    this.output = vscode.window.createOutputChannel(OUTPUT_NAME, { log: true });
    this.pullListener = vscode.languages.onDidChangeDiagnostics((e) => {
      for (const uri of e.uris) if (this.pulled.has(uri.toString())) this.didReport(uri);
    });
  }

  /** The extension's folder (the preview loads its page script from dist/webview/ there). */
  get extensionUri(): vscode.Uri {
    return this.extension.extensionUri;
  }

  /** The running language client (its converters turn the server's LSP answers into VS Code's types). */
  get languageClient(): BaseLanguageClient | undefined {
    return this.client;
  }

  get state(): ServerState {
    return this._state;
  }

  /**
   * Sends one of the custom requests of server/src/protocol.ts (waiting for a starting server);
   * rejects when no server runs.
   */
  async request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
    const client = this.client;
    if (!client || (this._state !== 'running' && this._state !== 'starting')) {
      throw new Error('The Strategy language server is not running (Strategy: Restart Language Server starts it).');
    }
    return client.sendRequest<P, R, void>(type, params as Parameters<typeof client.sendRequest<P, R, void>>[1]);
  }

  /** Whether the running server has reported on this document yet (a clean file and an unchecked one both have no diagnostics). */
  hasReported(uri: vscode.Uri): boolean {
    return this.reported.has(uri.toString());
  }

  /** A preview put the render of this version of its document on screen. */
  previewRendered(uri: vscode.Uri, version: number): void {
    this.previewEmitter.fire({ uri, version });
  }

  /** Starts the server; on failure tells the user and resolves (the state says `failed`). */
  async start(): Promise<void> {
    if (this.client) return;
    const missing = await this.launcher.missing();
    if (missing) {
      this.fail(missing);
      return;
    }
    if (this.client) return; // started meanwhile
    const client = this.launcher.create(CLIENT_ID, CLIENT_NAME, this.clientOptions(), (m) => this.output.info(m));
    this.client = client;
    this.clientListener = client.onDidChangeState((e) => {
      if (e.newState === State.Running) this.setState('running');
      else if (e.newState === State.Starting) this.setState('starting');
      else if (this._state !== 'failed') this.setState('stopped');
    });
    this.setState('starting');
    this.output.info(`Starting the language server: ${this.launcher.description}`);
    try {
      await client.start();
    } catch (error) {
      // An initialization failure was already shown by initializationFailedHandler.
      if (this._state === 'failed') this.output.error(`Start aborted: ${describe(error)}`);
      else this.fail(`The Strategy language server could not start: ${describe(error)}`);
    }
  }

  /** Stops the server if one runs; never throws (a failed stop is logged). */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.clientListener?.dispose();
    this.clientListener = undefined;
    this.reported.clear();
    this.pulled.clear();
    if (client) {
      try {
        if (client.needsStop()) await client.stop();
      } catch (error) {
        this.output.error(`Stopping the language server failed: ${describe(error)}`);
      }
    }
    this.setState('stopped');
  }

  /** A fresh server process, whatever state the old one was in. */
  async restart(): Promise<void> {
    this.output.info('Restarting the language server.');
    await this.stop();
    await this.start();
  }

  /** Shows an error with a button to the output channel (and one to restart the server). */
  showError(message: string): void {
    void vscode.window.showErrorMessage(message, SHOW_OUTPUT, RESTART).then((choice) => {
      if (choice === SHOW_OUTPUT) this.output.show(true);
      else if (choice === RESTART) void this.restart();
    });
  }

  dispose(): void {
    void this.stop();
    this.stateEmitter.dispose();
    this.reportEmitter.dispose();
    this.pullListener.dispose();
    this.previewEmitter.dispose();
    this.output.dispose();
  }

  private clientOptions(): LanguageClientOptions {
    return {
      documentSelector: this.launcher.documentSelector,
      synchronize: { configurationSection: 'strategy' },
      outputChannel: this.output,
      middleware: {
        // Pushed diagnostics (clients without pull), and pulled ones: a server that offers pull
        // diagnostics is asked for them, which handleDiagnostics never sees.
        handleDiagnostics: (uri, diagnostics, next) => {
          next(uri, diagnostics);
          this.didReport(uri);
        },
        provideDiagnostics: async (document, previousResultId, token, next) => {
          const report = await next(document, previousResultId, token);
          if (report)
            this.didPull(document instanceof vscode.Uri ? document : document.uri, String(report.kind) === 'full');
          return report;
        },
        provideWorkspaceDiagnostics: async (resultIds, token, resultReporter, next) => {
          const report = await next(resultIds, token, (chunk) => {
            resultReporter(chunk);
            for (const item of chunk?.items ?? []) this.didPull(item.uri, String(item.kind) === 'full');
          });
          for (const item of report?.items ?? []) this.didPull(item.uri, String(item.kind) === 'full');
          return report;
        },
      },
      initializationFailedHandler: (error) => {
        this.fail(`The Strategy language server failed to initialize: ${describe(error)}`);
        return false;
      },
    };
  }

  /** The server reported on `uri` (pushed or answered a pull, an empty or unchanged report included). */
  private didReport(uri: vscode.Uri): void {
    this.pulled.delete(uri.toString());
    this.reported.add(uri.toString());
    this.reportEmitter.fire(uri);
  }

  /**
   * A pull answered for `uri`. A full report is put in VS Code's diagnostics only after the middleware
   * returns: it counts as reported when they change, so that listeners read the new ones. An unchanged
   * report changes nothing: it counts at once.
   */
  private didPull(uri: vscode.Uri, full: boolean): void {
    if (full) this.pulled.add(uri.toString());
    else this.didReport(uri);
  }

  private fail(message: string): void {
    this.output.error(message);
    this.setState('failed');
    this.showError(message);
  }

  private setState(state: ServerState): void {
    if (state === this._state) return;
    this._state = state;
    this.stateEmitter.fire(state);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}
