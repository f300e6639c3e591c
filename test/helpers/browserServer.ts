// The browser build of the language server (dist/web/server.js, as esbuild.js builds it) started as a
// Worker in a Chromium page, with an LSP connection to it from the test: JSON-RPC messages cross
// the page with postMessage both ways, as VS Code's browser client sends them to its worker.
import type { Browser, Page } from 'playwright-core';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createMessageConnection,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { SERVER_READY } from '../../server/src/protocol';
import { openPage } from './browser';
import { bundleEntry } from './bundle';

class PageReader extends AbstractMessageReader {
  private callback?: DataCallback;
  private readonly early: Message[] = [];

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    for (const m of this.early.splice(0)) callback(m);
    return { dispose: () => (this.callback = undefined) };
  }

  deliver(message: Message): void {
    if (this.callback) this.callback(message);
    else this.early.push(message);
  }
}

class PageWriter extends AbstractMessageWriter {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly page: Page) {
    super();
  }

  write(message: Message): Promise<void> {
    // One after the other: the worker reads them in the order they were written.
    this.queue = this.queue.then(() =>
      this.page.evaluate((m) => (window as unknown as { __server: Worker }).__server.postMessage(m), message),
    );
    return this.queue;
  }

  end(): void {}
}

export interface BrowserServer {
  page: Page;
  connection: MessageConnection;
  /** The size of the server script the worker runs (bytes). */
  size: number;
  /** Globals of Node that exist in the worker (none should). */
  nodeGlobals: string[];
}

let script: Promise<string> | undefined;

/** Opens a page, starts the server's browser build in a Worker there and connects to it (not yet listening). */
export async function startBrowserServer(browser: Browser): Promise<BrowserServer> {
  script ??= bundleEntry('web/server', false).then((b) => b.code);
  const code = await script;
  const { page } = await openPage(browser, '<!doctype html><title>server</title>');
  const reader = new PageReader();
  let ready!: (globals: string[]) => void;
  let failed!: (error: Error) => void;
  const started = new Promise<string[]>((resolve, reject) => {
    ready = resolve;
    failed = reject;
  });
  await page.exposeFunction('__fromServer', (m: unknown) => {
    const data = m as { workerError?: string; nodeGlobals?: string[] };
    if (m === SERVER_READY)
      page.evaluate(() => (window as unknown as { __globals: string[] }).__globals).then(ready, failed);
    else if (data && typeof data === 'object' && 'workerError' in data) failed(new Error(data.workerError));
    else reader.deliver(m as Message);
  });
  await page.evaluate((source) => {
    type W = { __server: Worker; __globals: string[]; __fromServer: (m: unknown) => void };
    const w = window as unknown as W;
    // The worker reports which Node globals it sees, then runs the server script.
    const probe = `postMessage({ nodeGlobals: ['process', 'Buffer', 'require', 'module', 'global', '__dirname'].filter((n) => typeof self[n] !== 'undefined') });\n`;
    const url = URL.createObjectURL(new Blob([probe, source], { type: 'text/javascript' }));
    w.__server = new Worker(url);
    w.__server.onmessage = (e: MessageEvent) => {
      if (e.data && typeof e.data === 'object' && 'nodeGlobals' in e.data) w.__globals = e.data.nodeGlobals;
      else w.__fromServer(e.data);
    };
    w.__server.onerror = (e: ErrorEvent) => w.__fromServer({ workerError: e.message });
  }, code);
  const nodeGlobals = await started;
  const connection = createMessageConnection(reader, new PageWriter(page));
  return { page, connection, size: code.length, nodeGlobals };
}
