/** "Strategy: Export Preview as HTML": the page `strategy render` writes, saved where the user says. */
import * as vscode from 'vscode';
import { analyze } from '../../../server/src/core';
import { renderHtml } from '../../../server/src/core/render';
import { baseName, contentOptions, documentFor } from './settings';

export const OPEN = 'Open';

export async function exportPreviewHtml(resource: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (!resource) {
    void vscode.window.showWarningMessage('Open a strategy file (*.strategy.yaml) to export its preview as HTML.');
    return undefined;
  }
  const doc = await documentFor(resource);
  const options = contentOptions(resource);
  const name = resource.scheme === 'file' ? resource.fsPath : resource.toString();
  const html = renderHtml(analyze(doc.getText(), name, options), { today: options.today, mode: 'export' });
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(resource),
    filters: { 'HTML page': ['html', 'htm'] },
    saveLabel: 'Export',
    title: 'Export Strategy Preview as HTML',
  });
  if (!target) return undefined;
  try {
    await vscode.workspace.fs.writeFile(target, Buffer.from(html, 'utf8'));
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not write ${target.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  void vscode.window.showInformationMessage(`Exported the strategy to ${target.path.split('/').pop()}.`, OPEN).then((choice) => {
    if (choice === OPEN) void vscode.env.openExternal(target);
  });
  return target;
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
