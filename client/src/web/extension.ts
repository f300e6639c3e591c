/**
 * Entry point of the extension in the browser (package.json "browser": vscode.dev, github.dev,
 * code-server's web-worker extension host): the same features as on Node (activate.ts), the language
 * server started by web/launch.ts. What cannot work here degrades with a message: compare mode needs
 * the Git extension (absent on a web-only host), "Split Strategy into Files" writes files: beside a
 * file: document only, and documents of 1 Mi characters or more are checked without the worker.
 */
import type * as vscode from 'vscode';
import { activateWith, deactivate } from '../activate';
import type { StrategyContext } from '../ctx';
import { webLauncher } from './launch';

export { deactivate };

export function activate(extension: vscode.ExtensionContext): Promise<StrategyContext> {
  return activateWith(extension, webLauncher(extension));
}
