/** The language server on Node: dist/server.js in its own process, over node-ipc (the desktop and VS Code Server). */
import * as fs from 'fs';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR, type ServerLauncher } from '../ctx';

export function nodeLauncher(extension: vscode.ExtensionContext): ServerLauncher {
  const module = extension.asAbsolutePath('dist/server.js');
  return {
    description: module,
    documentSelector: DOCUMENT_SELECTOR,
    missing: async () =>
      fs.existsSync(module)
        ? undefined
        : `The Strategy language server is missing (${module}). Reinstall the extension, or run "npm run build" in a development checkout.`,
    create: (id, name, options) => new LanguageClient(id, name, serverOptions(module), options),
  };
}

function serverOptions(module: string): ServerOptions {
  return {
    run: { module, transport: TransportKind.ipc },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6010'] },
    },
  };
}
