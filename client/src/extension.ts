/**
 * Entry point of the VS Code extension on Node (package.json "main"): the language server runs in its
 * own process (node/launch.ts). The browser's entry is web/extension.ts; both activate the same
 * features (activate.ts).
 */
import type * as vscode from 'vscode';
import { activateWith, deactivate } from './activate';
import type { StrategyContext } from './ctx';
import { nodeLauncher } from './node/launch';

export type { Feature } from './activate';
export { deactivate };

export function activate(extension: vscode.ExtensionContext): Promise<StrategyContext> {
  return activateWith(extension, nodeLauncher(extension));
}
