/**
 * What a preview shows for each version of its document, without VS Code: analyse the text, render
 * it, skip versions already shown, and keep the last good render when the YAML breaks (under a
 * banner naming the problem). preview.ts puts the result on screen.
 */
import { analyze, type Analysis, type AnalyzeOptions } from '../../../server/src/core';
import { isBroken, pageTitle, renderBody, renderPage } from '../../../server/src/core/render';
import type { PreviewSettings } from './messages';

export interface DocumentSnapshot {
  /** URI (or path) of the document, as the footer and the analysis name it. */
  uri: string;
  version: number;
  text: string;
}

export interface ContentOptions extends AnalyzeOptions {
  today: string;
}

export interface ContentUpdate {
  /** The content of the page's root, for an `update` message. */
  body: string;
  title: string;
  /** The newest version has problems that keep it from being read in full. */
  broken: boolean;
  /** ...and the body shows the last good version under a banner naming them. */
  stale: boolean;
}

export class PreviewContent {
  private shown: { version: number; key: string } | undefined;
  private lastGood: Analysis | undefined;
  private current: ContentUpdate | undefined;

  /** The body for this version, or undefined when this version (with these options) is shown already. */
  update(doc: DocumentSnapshot, options: ContentOptions): ContentUpdate | undefined {
    const key = JSON.stringify(options);
    if (this.shown && this.shown.version === doc.version && this.shown.key === key) return undefined;
    this.shown = { version: doc.version, key };
    const analysis = analyze(doc.text, doc.uri, options);
    const broken = isBroken(analysis);
    if (broken && this.lastGood) {
      const body = renderBody(this.lastGood, { today: options.today, staleBecause: analysis });
      this.current = { body, title: pageTitle(this.lastGood), broken, stale: true };
    } else {
      this.current = { body: renderBody(analysis, { today: options.today }), title: pageTitle(analysis), broken, stale: false };
      if (!broken) this.lastGood = analysis;
    }
    return this.current;
  }

  /** Forgets the shown version so that the next update renders again. */
  invalidate(): void {
    this.shown = undefined;
  }

  get latest(): ContentUpdate | undefined {
    return this.current;
  }

  /** A whole webview page around the current body. */
  page(options: { nonce: string; cspSource: string; settings: PreviewSettings }): string {
    return renderPage(this.current?.body ?? '', this.current?.title ?? 'Strategy', { mode: 'webview', ...options });
  }
}
