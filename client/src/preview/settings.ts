/** What the preview reads from VS Code: which documents are strategies, the document a command means, names. */
import * as vscode from 'vscode';

export function isStrategyDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'strategy' || /\.strategy\.ya?ml$/i.test(doc.uri.path);
}

/** The strategy document a command means: its argument, else the active editor's document. */
export function commandResource(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const doc = vscode.window.activeTextEditor?.document;
  return doc && isStrategyDocument(doc) ? doc.uri : undefined;
}

/** The open document for a URI, else the file read from disk (not shown). */
export async function documentFor(resource: vscode.Uri): Promise<vscode.TextDocument> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === resource.toString());
  return open ?? vscode.workspace.openTextDocument(resource);
}

/** "northwind" for northwind.strategy.yaml. */
export function baseName(resource: vscode.Uri): string {
  const last = resource.path.split('/').pop() || 'strategy';
  return last.replace(/\.strategy\.ya?ml$/i, '').replace(/\.ya?ml$/i, '') || 'strategy';
}
