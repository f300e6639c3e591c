/**
 * The language server in the browser (vscode.dev, github.dev, code-server): dist/web/server.js, the
 * same server over the same core, built for a web worker. It runs in a Worker of its own where the
 * host lets the extension create one; VS Code Server (and so code-server) does not
 * (microsoft/vscode#168942), and there the script is evaluated in the extension host's own web worker
 * and spoken to over a MessageChannel (an in-memory pair of ports): the same LSP, no second worker.
 * Either way the server posts SERVER_READY first, so a script that fails to load is known.
 */
import * as vscode from 'vscode';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  LanguageClient,
  type MessageTransports,
} from 'vscode-languageclient/browser';
import { SERVER_READY } from '../../../server/src/protocol';
import type { ServerLauncher } from '../ctx';
import { answerFileRequests } from './files';

/** Every strategy document, whatever its scheme (vscode-vfs:, vscode-remote:, file:, untitled:). */
const WEB_DOCUMENTS = [{ language: 'strategy' }];

export function webLauncher(extension: vscode.ExtensionContext): ServerLauncher {
  const script = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'web', 'server.js');
  return {
    description: `${script.toString(true)} (browser build)`,
    documentSelector: WEB_DOCUMENTS,
    // Not checked beforehand: an https: extension folder (vscode.dev) has no file system to stat.
    missing: async () => undefined,
    create: (id, name, options, log) => {
      const client = new LanguageClient(id, name, () => startServer(script, log), options);
      answerFileRequests(client);
      return client;
    },
  };
}

async function startServer(script: vscode.Uri, log: (message: string) => void): Promise<MessageTransports> {
  try {
    const worker = new Worker(script.toString(true));
    await ready(worker, () => worker.terminate());
    log('The language server runs in a web worker of its own.');
    return transports(worker, () => worker.terminate());
  } catch (error) {
    log(
      `No web worker for the language server (${describe(error)}); it runs in the extension host's worker instead (microsoft/vscode#168942).`,
    );
  }
  const source = await scriptText(script);
  const { port1, port2 } = new MessageChannel();
  const started = ready(port2, () => port2.close());
  // The bundle reads `strategyServerPort` (server/src/lsp/browser/main.ts) and serves LSP on it. The
  // text is the extension's own dist/web/server.js, never the workspace's; VS Code's web extension
  // host loads extensions the same way. test/unit/workspace-trust.test.ts holds this to that file.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  new Function('strategyServerPort', `${source}\n//# sourceURL=${script.toString(true)}`)(port1);
  await started;
  return transports(port2, () => port2.close());
}

/** Resolves on the server's SERVER_READY; rejects when the endpoint reports an error first. */
function ready(endpoint: Worker | MessagePort, close: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    endpoint.onmessage = (event: MessageEvent) => {
      if (event.data !== SERVER_READY) return;
      endpoint.onmessage = null;
      resolve();
    };
    const failed = (event: Event) => {
      close();
      reject(new Error((event as ErrorEvent).message || 'the server script failed to load'));
    };
    if (endpoint instanceof Worker) endpoint.onerror = failed;
    else endpoint.onmessageerror = failed;
  });
}

function transports(endpoint: Worker | MessagePort, close: () => void): MessageTransports {
  const writer = new BrowserMessageWriter(endpoint);
  const end = writer.end.bind(writer);
  writer.end = () => {
    end();
    close();
  };
  return { reader: new BrowserMessageReader(endpoint), writer };
}

/** The server script's text: through the extension host's fetch, else its file system (vscode-remote:). */
async function scriptText(script: vscode.Uri): Promise<string> {
  try {
    const response = await fetch(script.toString(true));
    if (response.ok) return await response.text();
  } catch {
    // not fetchable from here: read it as a file
  }
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(script));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
