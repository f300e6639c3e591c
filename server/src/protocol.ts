/**
 * The custom requests between the VS Code client and the language server, typed once for both sides
 * (client/src imports this file and nothing else of the server). The server owns every analysis: the
 * client asks it for the preview, the export page and the new-file template.
 */
import { RequestType } from 'vscode-languageserver-protocol';

/** `webview`: the body for VS Code's preview (with WEBVIEW_STYLE); `export`: the standalone page. */
export type PreviewFlavour = 'webview' | 'export';

export interface PreviewParams {
  textDocument: { uri: string };
  /**
   * The version the client wants at least; the answer is for the server's current version (which
   * the answer names). An answer for an older version than this is never sent: null instead.
   */
  version?: number;
  flavour: PreviewFlavour;
}

export interface PreviewResult {
  uri: string;
  /** The document version this was rendered from. */
  version: number;
  /** "Title — Organization". */
  title: string;
  /** The content of the page's `#strategy-root` (every string from the file escaped). */
  body: string;
  /** The style sheet of the flavour's theme (webview: VS Code's theme variables). */
  style: string;
  /** Export: the whole standalone page (CSP, inline style allowed by its hash, no script). */
  html?: string;
  /** This version has problems that keep it from being read in full. */
  broken: boolean;
  /** ...and the body shows the last good version under a banner naming them (webview only). */
  stale: boolean;
}

/** `strategy/preview`: the rendered preview of an open document; null when it is not open (or older than asked). */
export const PreviewRequest = new RequestType<PreviewParams, PreviewResult | null, void>('strategy/preview');

export interface TemplateParams {
  organization?: string;
}

export interface TemplateResult {
  /** The `strategy init` template, its review dated the server's today. */
  text: string;
}

/** `strategy/template`: the text of a new strategy file ("New Strategy File"). */
export const TemplateRequest = new RequestType<TemplateParams, TemplateResult, void>('strategy/template');
