/**
 * One preview panel of one strategy document: renders it with the core, updates it while typing
 * (debounced, skipping unchanged versions, keeping the scroll position), keeps the last good render
 * when the YAML breaks, reveals the source of a clicked item, and syncs scrolling both ways.
 */
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { escapeHtml, renderPage } from '../../../server/src/core/render';
import { PreviewContent } from './content';
import { Disposable } from './dispose';
import { parsePreviewMessage, type HostToPreview, type PreviewToHost } from './messages';
import { ScrollEchoGuard } from './scrollSync';
import { baseName, contentOptions, documentFor } from './settings';

export const VIEW_TYPE = 'strategy.preview';
export const REFRESH_DELAY_MS = 75;

export function webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, enableFindWidget: true, localResourceRoots: [] };
}

export class StrategyPreview extends Disposable {
  private readonly content = new PreviewContent();
  private readonly guard = new ScrollEchoGuard();
  private readonly disposed = this._register(new vscode.EventEmitter<void>());
  /** Fires once, when the panel closes or the preview is disposed. */
  readonly onDidDispose = this.disposed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The page listens for messages (it said `ready` since its html was last set). */
  private pageReady = false;
  /** The source line at the top of the preview, restored when the page is rebuilt. */
  private line: number | undefined;

  static create(resource: vscode.Uri, column: vscode.ViewColumn, preserveFocus: boolean): StrategyPreview {
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, title(resource), { viewColumn: column, preserveFocus }, webviewOptions());
    return new StrategyPreview(panel, resource);
  }

  /** Takes over a panel VS Code restored after a reload (see the serializer in manager.ts). */
  static revive(panel: vscode.WebviewPanel, resource: vscode.Uri, line: number | undefined): StrategyPreview {
    panel.webview.options = webviewOptions();
    return new StrategyPreview(panel, resource, line);
  }

  private constructor(readonly panel: vscode.WebviewPanel, readonly resource: vscode.Uri, line?: number) {
    super();
    this.line = line;
    this._register(panel);
    this._register(panel.onDidDispose(() => this.dispose()));
    this._register(panel.webview.onDidReceiveMessage((data) => this.onMessage(parsePreviewMessage(data))));
    // A hidden webview loses its page (no retainContextWhenHidden) and messages to it are dropped:
    // until it is shown and says `ready` again, updates rebuild the html instead.
    this._register(panel.onDidChangeViewState(() => {
      if (!panel.visible) this.pageReady = false;
    }));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (this.isMine(e.document.uri) && e.contentChanges.length) this.scheduleRefresh();
    }));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('strategy', resource)) this.scheduleRefresh();
    }));
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onEditorScrolled(e)));
    this._register({ dispose: () => clearTimeout(this.timer) });
    void this.refresh();
  }

  override dispose(): void {
    if (this.isDisposed) return;
    this.disposed.fire();
    super.dispose();
  }

  isMine(uri: vscode.Uri): boolean {
    return uri.toString() === this.resource.toString();
  }

  /** Brings the panel to the front where it is. */
  reveal(preserveFocus: boolean): void {
    this.panel.reveal(this.panel.viewColumn, preserveFocus);
  }

  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  /** Renders the document's current version (if not shown yet) and puts it on the page. */
  async refresh(): Promise<void> {
    let doc: vscode.TextDocument;
    try {
      doc = await documentFor(this.resource);
    } catch (error) {
      if (this.isDisposed) return;
      this.panel.webview.html = renderPage(
        `<div class="banner" role="alert"><div class="banner-title">Cannot open ${escapeHtml(this.resource.fsPath || this.resource.toString())}</div><p>${escapeHtml(error instanceof Error ? error.message : String(error))}</p></div>`,
        'Strategy preview',
        { mode: 'webview', nonce: nonce(), cspSource: this.panel.webview.cspSource },
      );
      return;
    }
    if (this.isDisposed) return;
    const update = this.content.update(
      { uri: doc.uri.toString(), version: doc.version, text: doc.getText() },
      contentOptions(this.resource),
    );
    if (!update) return;
    this.panel.title = title(this.resource);
    if (this.pageReady && this.panel.visible) this.post({ type: 'update', html: update.body });
    else this.setPage();
  }

  private setPage(): void {
    this.pageReady = false;
    this.panel.webview.html = this.content.page({
      nonce: nonce(),
      cspSource: this.panel.webview.cspSource,
      settings: { source: this.resource.toString(), line: this.line },
    });
  }

  private post(message: HostToPreview): void {
    void this.panel.webview.postMessage(message);
  }

  private onMessage(message: PreviewToHost | undefined): void {
    if (!message) return;
    switch (message.type) {
      case 'ready':
        this.pageReady = true;
        return;
      case 'reveal':
        void this.revealSource(message.line);
        return;
      case 'didScroll':
        this.line = message.line;
        for (const editor of vscode.window.visibleTextEditors) {
          if (!this.isMine(editor.document.uri)) continue;
          this.guard.expectEcho();
          editor.revealRange(new vscode.Range(message.line, 0, message.line, 0), vscode.TextEditorRevealType.AtTop);
        }
        return;
    }
  }

  /** Shows the document with the cursor at the start of `line`, beside the preview if it is not visible. */
  private async revealSource(line: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => this.isMine(e.document.uri));
    const doc = visible?.document ?? (await documentFor(this.resource));
    const at = new vscode.Position(Math.min(line, Math.max(0, doc.lineCount - 1)), 0);
    this.guard.expectEcho();
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: visible?.viewColumn ?? otherColumn(this.panel.viewColumn),
      preserveFocus: false,
      selection: new vscode.Range(at, at),
    });
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private onEditorScrolled(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (!this.isMine(e.textEditor.document.uri) || this.guard.isEcho()) return;
    const top = e.visibleRanges[0]?.start.line;
    if (top === undefined) return;
    this.line = top;
    if (this.pageReady && this.panel.visible) this.post({ type: 'scrollTo', line: top });
  }
}

function title(resource: vscode.Uri): string {
  return `Preview ${resource.path.split('/').pop() || baseName(resource)}`;
}

function nonce(): string {
  return randomBytes(16).toString('base64');
}

function otherColumn(column: vscode.ViewColumn | undefined): vscode.ViewColumn {
  return column === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
}
