/**
 * "Split Strategy into Files" (strategy.splitIntoFiles): the server plans the split of the active
 * strategy (server/src/protocol.ts, `strategy/splitIntoFiles`) as one workspace edit, and this applies
 * it as a refactoring: the part files are created, the root rewritten, all saved together, and one
 * undo reverts it all. The client only applies; what moves where is the server's answer.
 */
import * as vscode from 'vscode';
import { SplitIntoFilesRequest } from '../../server/src/protocol';
import type { StrategyContext } from './ctx';

export const SPLIT_COMMAND = 'strategy.splitIntoFiles';

export function registerSplit(ctx: StrategyContext): vscode.Disposable {
  return vscode.commands.registerCommand(SPLIT_COMMAND, (uri?: vscode.Uri) => splitIntoFiles(ctx, uri));
}

/** Splits the strategy `uri` (default: the active editor's); resolves whether the edit was applied. */
export async function splitIntoFiles(ctx: StrategyContext, uri?: vscode.Uri): Promise<boolean> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'strategy') {
    void vscode.window.showInformationMessage('Split Strategy into Files: open a strategy file first.');
    return false;
  }
  const client = ctx.languageClient;
  let answer;
  try {
    answer = await ctx.request(SplitIntoFilesRequest, { textDocument: { uri: document.uri.toString() } });
  } catch (error) {
    ctx.showError(`Split Strategy into Files: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  if ('refused' in answer) {
    void vscode.window.showWarningMessage(`Split Strategy into Files: ${answer.refused}`);
    return false;
  }
  if (!client || answer.version !== document.version) {
    void vscode.window.showWarningMessage(
      'Split Strategy into Files: the file changed meanwhile; run the command again.',
    );
    return false;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(answer.edit);
  const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  if (!applied) {
    void vscode.window.showWarningMessage(
      'Split Strategy into Files: VS Code could not apply the edit (a part file may have appeared meanwhile); nothing was changed.',
    );
    return false;
  }
  ctx.output.info(`Split ${document.uri.toString()} into ${answer.parts.length} parts: ${answer.parts.join(', ')}`);
  return true;
}
