/**
 * A small LSP client over stdio, usable for any server: it starts the process, answers the requests a
 * server makes of its client (workspace/configuration from a settings object, capability
 * registration), records every publishDiagnostics with the time it arrived, and lets a caller wait
 * for diagnostics that satisfy a predicate.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Readable, Writable } from 'node:stream';
import {
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  WorkDoneProgressCreateRequest,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type RequestType,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export interface ServerCommand {
  /** A name for messages. */
  name: string;
  command: string;
  args: string[];
  cwd?: string;
}

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
  /** performance.now() when the notification arrived. */
  at: number;
}

interface Waiter {
  uri: string;
  accept: (p: Published) => boolean;
  resolve: (p: Published) => void;
}

export class LspClient {
  private readonly connection: ProtocolConnection;
  private readonly waiters = new Set<Waiter>();
  private readonly latest = new Map<string, Published>();
  private stderr = '';
  private exited = false;

  private constructor(
    readonly server: ServerCommand,
    private readonly child: ChildProcessByStdio<Writable, Readable, Readable>,
    private settings: Record<string, unknown>,
  ) {
    child.stderr.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-4000);
    });
    child.on('exit', () => {
      this.exited = true;
    });
    this.connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((i) => lookup(this.settings, i.section)),
    );
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(UnregistrationRequest.type, () => undefined);
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => this.onDiagnostics(p));
    this.connection.listen();
  }

  /** Starts the server process; `settings` answers workspace/configuration, keyed by section. */
  static start(server: ServerCommand, settings: Record<string, unknown> = {}): LspClient {
    const child = spawn(server.command, server.args, { cwd: server.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    return new LspClient(server, child, settings);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** The last lines the server wrote to standard error, for failure messages. */
  get errorOutput(): string {
    return this.stderr;
  }

  async initialize(rootUri: string, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      initializationOptions,
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          workspaceFolders: true,
        },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: {
            relatedInformation: true,
            versionSupport: true,
            codeDescriptionSupport: true,
            dataSupport: true,
          },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Replaces the settings and tells the server, which may pull them again. */
  async configure(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  completion(uri: string, position: Position): Promise<CompletionItem[] | CompletionList | null> {
    return this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  /** Any other request (the strategy/* requests of server/src/protocol.ts). */
  request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
    return this.connection.sendRequest<P, R, void>(
      type,
      params as Parameters<typeof this.connection.sendRequest<P, R, void>>[1],
    );
  }

  /**
   * Resolves with the first publishDiagnostics for `uri` that `accept` takes, counting only those that
   * arrive after this call. Rejects after `timeoutMs` (a hang guard) with the last diagnostics seen.
   */
  waitForDiagnostics(uri: string, accept: (p: Published) => boolean, timeoutMs: number): Promise<Published> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        accept,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const last = this.latest.get(uri);
        const seen = last
          ? `${last.diagnostics.length} diagnostics: ${last.diagnostics
              .slice(0, 8)
              .map((d) => `${d.range.start.line + 1}:${d.code ?? ''} ${d.message}`)
              .join(' | ')}`
          : 'none';
        reject(
          new Error(
            `${this.server.name}: no matching diagnostics for ${uri} within ${timeoutMs} ms (last seen: ${seen}); stderr: ${this.stderr.slice(-500)}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Peak resident set size of the server process in KiB (VmHWM), or undefined where /proc is absent. */
  peakRssKiB(): number | undefined {
    return this.statusKiB('VmHWM');
  }

  /** The server's resident memory now (VmRSS). */
  rssKiB(): number | undefined {
    return this.statusKiB('VmRSS');
  }

  private statusKiB(field: 'VmHWM' | 'VmRSS'): number | undefined {
    try {
      const m = new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
      return m ? Number(m[1]) : undefined;
    } catch {
      return undefined;
    }
  }

  /** shutdown + exit, then waits for the process to end (killing it after `timeoutMs`). */
  async stop(timeoutMs = 5000): Promise<void> {
    const ended = new Promise<void>((resolve) => (this.exited ? resolve() : this.child.once('exit', () => resolve())));
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), timeoutMs);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // A server that does not answer shutdown is killed below.
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await ended;
    clearTimeout(timer);
    this.connection.dispose();
  }

  private onDiagnostics(p: { uri: string; version?: number; diagnostics: Diagnostic[] }): void {
    const published: Published = { uri: p.uri, version: p.version, diagnostics: p.diagnostics, at: performance.now() };
    this.latest.set(p.uri, published);
    for (const w of [...this.waiters]) {
      if (w.uri === p.uri && w.accept(published)) {
        this.waiters.delete(w);
        w.resolve(published);
      }
    }
  }
}

/** A VS Code-like answer to a configuration item: the value at a dotted section, or null. */
export function lookup(settings: Record<string, unknown>, section: string | undefined): unknown {
  if (!section) return settings;
  if (section in settings) return settings[section];
  let cur: unknown = settings;
  for (const part of section.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(part in cur)) return null;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
