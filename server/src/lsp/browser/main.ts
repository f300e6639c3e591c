/**
 * dist/web/server.js: the language server for a browser (vscode.dev, github.dev, code-server's
 * web-worker extension host). The same server as on Node over the same core; its files come from the
 * client (clientFiles.ts) and there is no analysis worker. It runs either as a dedicated Worker
 * (endpoint: the worker's global scope) or evaluated inside the extension host's own worker with
 * `strategyServerPort`, one end of a MessageChannel, in scope (client/src/web/launch.ts): VS Code
 * Server refuses to let a web extension served from it create a Worker (microsoft/vscode#168942).
 */
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
  ProposedFeatures,
} from 'vscode-languageserver/browser';
import { SERVER_READY } from '../../protocol';
import { startServer } from '../server';
import { ClientFiles } from './clientFiles';

declare const strategyServerPort: MessagePort | undefined;

const endpoint: MessagePort | Worker =
  typeof strategyServerPort === 'undefined' ? (self as unknown as Worker) : strategyServerPort;
const connection = createConnection(
  ProposedFeatures.all,
  new BrowserMessageReader(endpoint),
  new BrowserMessageWriter(endpoint),
);
startServer(connection, { files: new ClientFiles(connection) });
endpoint.postMessage(SERVER_READY);
