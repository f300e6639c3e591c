/**
 * "Strategy: Export Preview as HTML": the page `strategy render` writes, rendered by the server
 * (`strategy/preview`, export flavour) from its analysis of the open document, saved where the user says.
 */
import * as vscode from 'vscode';
import { PreviewRequest } from '../../../server/src/protocol';
import type { StrategyContext } from '../ctx';
import { baseName, documentFor } from './settings';

export const OPEN = 'Open';

export async function exportPreviewHtml(
  ctx: StrategyContext,
  resource: vscode.Uri | undefined,
): Promise<vscode.Uri | undefined> {
  if (!resource) {
    void vscode.window.showWarningMessage('Open a strategy file (*.strategy.yaml) to export its preview as HTML.');
    return undefined;
  }
  let html: string;
  try {
    html = await exportPage(ctx, resource);
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Could not export the preview: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(resource),
    filters: { 'HTML page': ['html', 'htm'] },
    saveLabel: 'Export',
    title: 'Export Strategy Preview as HTML',
  });
  if (!target) return undefined;
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Could not write ${target.fsPath}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
  void vscode.window
    .showInformationMessage(`Exported the strategy to ${target.path.split('/').pop()}.`, OPEN)
    .then((choice) => {
      if (choice === OPEN) void vscode.env.openExternal(target);
    });
  return target;
}

/** How long an export waits for the server to analyse a document it did not have yet. */
const ANALYSIS_WAIT_MS = 15_000;

/**
 * The export page of the document's current version. A document the server has not analysed at this
 * version yet (just opened, just edited) is asked for again once the server has published its
 * diagnostics.
 */
async function exportPage(ctx: StrategyContext, resource: vscode.Uri): Promise<string> {
  const doc = await documentFor(resource);
  const params = { textDocument: { uri: resource.toString() }, version: doc.version, flavour: 'export' as const };
  const report = nextReport(ctx, resource);
  try {
    const answer =
      (await ctx.request(PreviewRequest, params)) ?? (await report.promise, await ctx.request(PreviewRequest, params));
    if (!answer?.html) throw new Error(`the language server has no version ${doc.version} of ${resource.toString()}`);
    return answer.html;
  } finally {
    report.dispose();
  }
}

/** Resolves when the server next publishes the diagnostics of `resource` (or after ANALYSIS_WAIT_MS, a hang guard). */
function nextReport(ctx: StrategyContext, resource: vscode.Uri): { promise: Promise<void>; dispose(): void } {
  let listener: vscode.Disposable | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const dispose = () => {
    listener?.dispose();
    clearTimeout(timer);
  };
  const promise = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ANALYSIS_WAIT_MS);
    listener = ctx.onDidReceiveDiagnostics((uri) => {
      if (uri.toString() === resource.toString()) resolve();
    });
  });
  return { promise: promise.finally(dispose), dispose };
}

/** `<name>.html` beside the strategy file (or in the first workspace folder for an untitled one). */
export function defaultTarget(resource: vscode.Uri): vscode.Uri | undefined {
  const file = `${baseName(resource)}.html`;
  if (resource.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, file) : undefined;
  }
  return vscode.Uri.joinPath(resource, '..', file);
}
