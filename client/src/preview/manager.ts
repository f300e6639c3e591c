/**
 * Keeps one preview per document: opens, reveals and forgets them, and brings them back after a
 * window reload (a WebviewPanelSerializer for the `strategy.preview` view type).
 */
import * as vscode from 'vscode';
import type { StrategyContext } from '../ctx';
import { Disposable } from './dispose';
import { parsePreviewState } from './messages';
import { StrategyPreview, VIEW_TYPE } from './preview';

export class PreviewManager extends Disposable implements vscode.WebviewPanelSerializer {
  private readonly previews = new Map<string, StrategyPreview>();

  constructor(private readonly ctx: StrategyContext) {
    super();
    this._register(vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, this));
    this._register({ dispose: () => this.disposeAll() });
  }

  /** Shows the preview of `resource`: reveals the one that exists, else opens one here or beside. */
  open(resource: vscode.Uri, toSide: boolean): StrategyPreview {
    const existing = this.previews.get(resource.toString());
    if (existing) {
      existing.reveal(toSide);
      return existing;
    }
    const active = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
    return this.track(StrategyPreview.create(this.ctx, resource, toSide ? vscode.ViewColumn.Beside : active, toSide));
  }

  /** The preview of `resource`, if one is open. */
  get(resource: vscode.Uri): StrategyPreview | undefined {
    return this.previews.get(resource.toString());
  }

  /** The document of the preview that has focus, if any. */
  get activeResource(): vscode.Uri | undefined {
    for (const p of this.previews.values()) if (p.panel.active) return p.resource;
    return undefined;
  }

  /** The previews open now (for tests and the export command). */
  get all(): readonly StrategyPreview[] {
    return [...this.previews.values()];
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const { source, line } = parsePreviewState(state);
    const resource = source ? tryParse(source) : undefined;
    if (!resource || this.previews.has(resource.toString())) {
      panel.dispose();
      return;
    }
    this.track(StrategyPreview.revive(this.ctx, panel, resource, line));
  }

  private track(preview: StrategyPreview): StrategyPreview {
    const key = preview.resource.toString();
    this.previews.set(key, preview);
    preview.onDidChangeMode(() => this.updateComparing());
    preview.onDidDispose(() => {
      if (this.previews.get(key) === preview) this.previews.delete(key);
      this.updateComparing();
    });
    return preview;
  }

  /** The context key `strategy.comparing`: some preview is in compare mode (enables "Return to the Live Preview"). */
  private updateComparing(): void {
    void vscode.commands.executeCommand(
      'setContext',
      'strategy.comparing',
      this.all.some((p) => p.comparing !== undefined),
    );
  }

  private disposeAll(): void {
    for (const p of [...this.previews.values()]) p.dispose();
    this.previews.clear();
  }
}

function tryParse(source: string): vscode.Uri | undefined {
  try {
    return vscode.Uri.parse(source, true);
  } catch {
    return undefined;
  }
}
