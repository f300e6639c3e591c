/** What the preview reads from VS Code: the analysis options of a document, and which documents are strategies. */
import * as vscode from 'vscode';
import { localToday, type AnalyzeOptions, type SeverityOverride } from '../../../server/src/core';
import type { ContentOptions } from './content';

const SEVERITIES: readonly string[] = ['off', 'error', 'warning', 'information', 'hint'];

/** Today and the document's settings (`strategy.rules`, `strategy.maxFileSize`), as the language server applies them. */
export function contentOptions(resource: vscode.Uri | undefined): ContentOptions {
  const config = vscode.workspace.getConfiguration('strategy', resource);
  const options: ContentOptions = { today: localToday() };
  const rules = config.get<unknown>('rules');
  if (rules && typeof rules === 'object') {
    const valid: NonNullable<AnalyzeOptions['rules']> = {};
    for (const [code, severity] of Object.entries(rules as Record<string, unknown>)) {
      if (typeof severity === 'string' && SEVERITIES.includes(severity)) valid[code as keyof typeof valid] = severity as SeverityOverride;
    }
    if (Object.keys(valid).length) options.rules = valid;
  }
  const max = config.get<unknown>('maxFileSize');
  if (typeof max === 'number' && Number.isFinite(max) && max > 0) options.maxFileSize = max;
  return options;
}

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
