/**
 * The strategy preview feature: the commands strategy.openPreview, strategy.openPreviewToSide and
 * strategy.exportHtml (declared in package.json), compare mode's strategy.compare and
 * strategy.leaveCompare (compare.ts), and the panel serializer, on one PreviewManager.
 */
import * as vscode from 'vscode';
import type { StrategyContext } from '../ctx';
import { registerCompare } from './compare';
import { exportPreviewHtml } from './exportHtml';
import { PreviewManager } from './manager';
import { commandResource } from './settings';

export const PREVIEW_COMMANDS = {
  openPreview: 'strategy.openPreview',
  openPreviewToSide: 'strategy.openPreviewToSide',
  exportHtml: 'strategy.exportHtml',
} as const;

const NO_DOCUMENT = 'Open a strategy file (*.strategy.yaml) to preview it.';

export function registerPreview(ctx: StrategyContext): vscode.Disposable[] {
  const manager = new PreviewManager(ctx);
  const open = (toSide: boolean) => (arg?: unknown) => {
    const resource = commandResource(arg);
    if (!resource) {
      void vscode.window.showInformationMessage(NO_DOCUMENT);
      return undefined;
    }
    return manager.open(resource, toSide);
  };
  return [
    manager,
    vscode.commands.registerCommand(PREVIEW_COMMANDS.openPreview, open(false)),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.openPreviewToSide, open(true)),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.exportHtml, (arg?: unknown) =>
      exportPreviewHtml(ctx, commandResource(arg) ?? manager.activeResource),
    ),
    ...registerCompare(ctx, manager),
  ];
}
