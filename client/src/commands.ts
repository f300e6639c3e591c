/**
 * The client's own commands (category "Strategy" in package.json). The preview commands
 * (strategy.openPreview, strategy.openPreviewToSide, strategy.exportHtml) are declared in package.json
 * and registered by the preview feature under client/src/preview/, not here.
 */
import * as vscode from 'vscode';
import { localToday } from '../../server/src/core/dates';
import { strategyTemplate } from '../../server/src/core/template';
import type { StrategyContext } from './ctx';

export const COMMANDS = {
  newFile: 'strategy.newFile',
  restartServer: 'strategy.restartServer',
  showOutput: 'strategy.showOutput',
} as const;

export function registerCommands(ctx: StrategyContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.newFile, () => newStrategyFile()),
    vscode.commands.registerCommand(COMMANDS.restartServer, () => ctx.restart()),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => ctx.output.show(true)),
  ];
}

/** "New Strategy File": an untitled strategy document holding the `strategy init` template. */
export async function newStrategyFile(): Promise<vscode.TextEditor> {
  const content = strategyTemplate({ today: localToday() });
  const doc = await vscode.workspace.openTextDocument({ language: 'strategy', content });
  return vscode.window.showTextDocument(doc);
}
