/**
 * One preview panel of one strategy document. The server renders it (server/src/protocol.ts,
 * `strategy/preview`): the panel asks when it opens, each time the server publishes the document's
 * diagnostics (that is, after each analysis of a new version or new settings), and when the server
 * (re)starts. Updates keep the scroll position; the server keeps the last good render when the YAML
 * breaks. The page reveals the source of a clicked item and syncs scrolling both ways. In compare mode
 * (compareWith) it asks for `strategy/compare` with the base instead, at the same moments, so that it
 * stays live; leaveCompare returns to the live preview.
 */
import * as vscode from 'vscode';
import { CompareRequest, PreviewRequest, type CompareBase } from '../../../server/src/protocol';
import type { StrategyContext } from '../ctx';
import { compareInRounds, type ReadAtRevision } from './compareRounds';
import { PreviewContent } from './content';
import { Disposable } from './dispose';
import { parsePreviewMessage, type HostToPreview, type PreviewToHost } from './messages';
import { messageBody, webviewPage } from './page';
import { ScrollEchoGuard } from './scrollSync';
import { baseName, documentFor } from './settings';

export const VIEW_TYPE = 'strategy.preview';
/** Where the page script lives (dist/webview/preview.js): the only folder the webview may load from. */
export const SCRIPT_DIR = ['dist', 'webview'];

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, ...SCRIPT_DIR)],
  };
}

export class StrategyPreview extends Disposable {
  private readonly content = new PreviewContent();
  private readonly guard = new ScrollEchoGuard();
  private readonly disposed = this._register(new vscode.EventEmitter<void>());
  /** Fires once, when the panel closes or the preview is disposed. */
  readonly onDidDispose = this.disposed.event;
  /** The page listens for messages (it said `ready` since its html was last set). */
  private pageReady = false;
  /** The source line at the top of the preview, restored when the page is rebuilt. */
  private line: number | undefined;
  /** A request is on its way; `again` asks for one more when it is answered (newer analyses came meanwhile). */
  private inFlight = false;
  private again = false;
  /** Compare mode's base (the revision's texts read so far), or undefined for the live preview. */
  private base: CompareBase | undefined;
  /** Reads more of the base's revision when the server needs it (a strategy across files). */
  private readBase: ReadAtRevision | undefined;
  /** Counts mode switches: an answer asked for in another mode is not shown. */
  private mode = 0;
  private readonly modeChanged = this._register(new vscode.EventEmitter<void>());
  /** Fires when the preview enters or leaves compare mode. */
  readonly onDidChangeMode = this.modeChanged.event;

  static create(
    ctx: StrategyContext,
    resource: vscode.Uri,
    column: vscode.ViewColumn,
    preserveFocus: boolean,
  ): StrategyPreview {
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      title(resource),
      { viewColumn: column, preserveFocus },
      webviewOptions(ctx.extensionUri),
    );
    return new StrategyPreview(ctx, panel, resource);
  }

  /** Takes over a panel VS Code restored after a reload (see the serializer in manager.ts). */
  static revive(
    ctx: StrategyContext,
    panel: vscode.WebviewPanel,
    resource: vscode.Uri,
    line: number | undefined,
  ): StrategyPreview {
    panel.webview.options = webviewOptions(ctx.extensionUri);
    return new StrategyPreview(ctx, panel, resource, line);
  }

  private constructor(
    private readonly ctx: StrategyContext,
    readonly panel: vscode.WebviewPanel,
    readonly resource: vscode.Uri,
    line?: number,
  ) {
    super();
    this.line = line;
    this._register(panel);
    this._register(panel.onDidDispose(() => this.dispose()));
    this._register(panel.webview.onDidReceiveMessage((data) => this.onMessage(parsePreviewMessage(data))));
    // A hidden webview loses its page (no retainContextWhenHidden) and messages to it are dropped:
    // until it is shown and says `ready` again, updates rebuild the html instead.
    this._register(
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.pageReady = false;
      }),
    );
    this._register(
      ctx.onDidReceiveDiagnostics((uri) => {
        if (this.isMine(uri)) this.refresh();
      }),
    );
    this._register(
      ctx.onDidChangeState((state) => {
        if (state !== 'running') return;
        this.content.invalidate();
        this.refresh();
      }),
    );
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onEditorScrolled(e)));
    void this.open();
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

  /** Opens the document (so that the server has it and analyses it), then asks for its preview. */
  private async open(): Promise<void> {
    try {
      await documentFor(this.resource);
    } catch (error) {
      this.showMessage(`Cannot open ${this.resource.fsPath || this.resource.toString()}`, describe(error));
      return;
    }
    this.refresh();
  }

  /** The revision label of compare mode, or undefined for the live preview. */
  get comparing(): string | undefined {
    return this.base?.label;
  }

  /**
   * Shows the changes since `base` (and keeps showing them for each new version) until leaveCompare;
   * `read` reads the further files and folders of the revision the server asks for.
   */
  compareWith(base: CompareBase, read?: ReadAtRevision): void {
    this.switchMode(base, read);
  }

  /** Back to the live preview. */
  leaveCompare(): void {
    if (this.base) this.switchMode(undefined, undefined);
  }

  private switchMode(base: CompareBase | undefined, read: ReadAtRevision | undefined): void {
    this.base = base;
    this.readBase = read;
    this.mode++;
    this.content.invalidate();
    this.modeChanged.fire();
    this.refresh();
  }

  /** Asks the server for the preview (or in compare mode, the comparison) of the document's current version and shows it (one request at a time). */
  refresh(): void {
    if (this.isDisposed) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = true;
    this.again = false;
    const mode = this.mode;
    const textDocument = { uri: this.resource.toString() };
    const base = this.base;
    const request = base
      ? compareInRounds((b) => this.ctx.request(CompareRequest, { textDocument, base: b }), base, this.readBase).then(
          (r) => {
            if (mode === this.mode) this.base = r.base; // what was read is kept for the next versions
            return r.answer;
          },
        )
      : this.ctx.request(PreviewRequest, { textDocument, flavour: 'webview' });
    request
      .then(
        (answer) => {
          if (mode === this.mode) this.show(this.content.update(answer));
          else this.again = true;
        },
        (error) => {
          if (!this.content.latest) this.showMessage('The preview is not available', describe(error));
        },
      )
      .finally(() => {
        this.inFlight = false;
        if (this.again) this.refresh();
      });
  }

  private show(update: ReturnType<PreviewContent['update']>): void {
    if (!update || this.isDisposed) return;
    this.panel.title = title(this.resource, this.base?.label);
    if (this.pageReady && this.panel.visible) this.post({ type: 'update', html: update.body });
    else this.setPage();
    this.ctx.previewRendered(this.resource, update.version);
  }

  private setPage(): void {
    const latest = this.content.latest;
    if (!latest) return;
    this.pageReady = false;
    this.panel.webview.html = webviewPage({
      title: latest.title,
      body: latest.body,
      style: latest.style,
      nonce: nonce(),
      cspSource: this.panel.webview.cspSource,
      scriptUri: this.panel.webview
        .asWebviewUri(vscode.Uri.joinPath(this.ctx.extensionUri, ...SCRIPT_DIR, 'preview.js'))
        .toString(),
      settings: { source: this.resource.toString(), line: this.line },
    });
  }

  /** A page with only a banner, when there is nothing rendered to show. */
  private showMessage(heading: string, detail: string): void {
    if (this.isDisposed) return;
    this.pageReady = false;
    this.panel.webview.html = webviewPage({
      title: 'Strategy preview',
      body: messageBody(heading, detail),
      style: '',
      nonce: nonce(),
      cspSource: this.panel.webview.cspSource,
      settings: { source: this.resource.toString() },
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
      case 'leaveCompare':
        this.leaveCompare();
        return;
      case 'reveal':
        void this.revealSource(message.line, message.file);
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

  /**
   * Shows the item's file (the document, or `file` of a strategy across files) with the cursor at the
   * start of `line`, beside the preview if it is not visible.
   */
  private async revealSource(line: number, file?: string): Promise<void> {
    const source = file === undefined ? this.resource : sourceOf(this.content.latest?.root, this.resource, file);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === source.toString());
    let doc: vscode.TextDocument;
    try {
      doc = visible?.document ?? (await documentFor(source));
    } catch (error) {
      void vscode.window.showWarningMessage(`Cannot open ${source.fsPath || source.toString()}: ${describe(error)}`);
      return;
    }
    const at = new vscode.Position(Math.min(line, Math.max(0, doc.lineCount - 1)), 0);
    if (this.isMine(source)) this.guard.expectEcho();
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

/** The file a `data-file` path names: relative to the folder of the strategy's root, else of the previewed document. */
export function sourceOf(root: string | undefined, resource: vscode.Uri, file: string): vscode.Uri {
  return vscode.Uri.joinPath(root ? vscode.Uri.parse(root) : resource, '..', ...file.split('/'));
}

function title(resource: vscode.Uri, comparing?: string): string {
  const name = resource.path.split('/').pop() || baseName(resource);
  return comparing === undefined ? `Preview ${name}` : `${name} since ${comparing}`;
}

function nonce(): string {
  // Web Crypto: in Node's extension host and in the browser's alike (no Node API on the web path).
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

function otherColumn(column: vscode.ViewColumn | undefined): vscode.ViewColumn {
  return column === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
