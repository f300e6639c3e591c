/**
 * The client's own commands (category "Strategy" in package.json). The preview commands
 * (strategy.openPreview, strategy.openPreviewToSide, strategy.exportHtml) are declared in package.json
 * and registered by the preview feature under client/src/preview/, not here.
 */
import * as vscode from 'vscode';
import { TemplateRequest } from '../../server/src/protocol';
import type { StrategyContext } from './ctx';

export const COMMANDS = {
  newFile: 'strategy.newFile',
  restartServer: 'strategy.restartServer',
  showOutput: 'strategy.showOutput',
} as const;

export function registerCommands(ctx: StrategyContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.newFile, () => newStrategyFile(ctx)),
    vscode.commands.registerCommand(COMMANDS.restartServer, () => ctx.restart()),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => ctx.output.show(true)),
  ];
}

/** "New Strategy File": an untitled strategy document holding the `strategy init` template (the server's, dated its today). */
export async function newStrategyFile(ctx: StrategyContext): Promise<vscode.TextEditor | undefined> {
  let content: string;
  try {
    content = (await ctx.request(TemplateRequest, {})).text;
  } catch (error) {
    ctx.showError(`New Strategy File: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'strategy', content });
  return vscode.window.showTextDocument(doc);
}
