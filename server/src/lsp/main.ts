/**
 * `node dist/server.js --stdio` (or `--node-ipc`, `--socket=N`): the transport comes from the
 * command line, everything else from startServer.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
