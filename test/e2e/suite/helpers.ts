/**
 * Shared steps of the extension-host tests: the extension under test, copies of the sample in the
 * workspace, and waits on VS Code's own events (never on a timer; the timers here only end a hang).
 */
import * as vscode from 'vscode';
import type { StrategyContext } from '../../../client/src/ctx';

export const EXTENSION_ID = 'strategy-as-code.strategy-as-code';
export const SAMPLE = 'samples/draft.strategy.yaml';
/** How long a wait may take before it counts as a hang (the machine may be slow, so generous). */
export const HANG_MS = 60_000;

export type StrategyApi = Pick<
  StrategyContext,
  'state' | 'onDidReceiveDiagnostics' | 'onDidChangeState' | 'hasReported' | 'onDidRenderPreview'
>;

export function extension(): vscode.Extension<StrategyApi> {
  const ext = vscode.extensions.getExtension<StrategyApi>(EXTENSION_ID);
  if (!ext)
    throw new Error(`extension ${EXTENSION_ID} is not loaded (is extensionDevelopmentPath the project folder?)`);
  return ext;
}

/** The API activate() returned; only valid once the extension is active. */
export function api(): StrategyApi {
  const ext = extension();
  if (!ext.isActive) throw new Error('the extension is not active yet');
  return ext.exports;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder (the runner opens a temp folder)');
  return folder.uri;
}

/** Copies samples/draft.strategy.yaml of the extension under test into the workspace as `name`. */
export async function copySample(name: string): Promise<vscode.Uri> {
  const source = vscode.Uri.joinPath(extension().extensionUri, SAMPLE);
  const target = vscode.Uri.joinPath(workspaceFolder(), name);
  await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(source));
  return target;
}

/** Opens a file in an editor and returns the editor. */
export async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * Resolves with check()'s first truthy result: checked now, then after each of `events`.
 * Rejects after HANG_MS with `what` and describe()'s account of the last state.
 */
export function until<T>(
  what: string,
  events: vscode.Event<unknown>[],
  check: () => T | undefined | null | false,
  describe: () => string = () => '',
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
      settle();
    };
    const attempt = () => {
      try {
        const value = check();
        if (value) finish(() => resolve(value));
      } catch (error) {
        finish(() => reject(error instanceof Error ? error : new Error(String(error))));
      }
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`timed out waiting for ${what}. ${describe()}`))),
      HANG_MS,
    );
    for (const event of events) subscriptions.push(event(attempt));
    attempt();
  });
}

export function strategyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'strategy');
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

export function summarize(diagnostics: readonly vscode.Diagnostic[]): string {
  return (
    diagnostics
      .map(
        (d) =>
          `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} (${vscode.DiagnosticSeverity[d.severity]})`,
      )
      .join('; ') || 'none'
  );
}

/** Waits until the strategy diagnostics of `uri` satisfy `ok` (checked now and on each change). */
export function diagnosticsWhere(
  uri: vscode.Uri,
  what: string,
  ok: (diagnostics: vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  const current = () => strategyDiagnostics(uri);
  return until(
    `diagnostics of ${uri.path.split('/').pop()}: ${what}`,
    [vscode.languages.onDidChangeDiagnostics],
    () => {
      const d = current();
      return ok(d) ? d : undefined;
    },
    () => `Last seen: ${summarize(current())}`,
  );
}

/** The position of the `nth` occurrence (0-based) of `needle` in the document, moved by `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, nth = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) is not in ${doc.uri.path}`);
  }
  return doc.positionAt(at + delta);
}

/** Closes every editor, so that a test starts from an empty editor area. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Whether `uri` names this document. */
export function same(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.toString() === b.toString();
}
