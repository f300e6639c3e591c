/**
 * The custom requests between the VS Code client and the language server, typed once for both sides
 * (client/src imports this file and nothing else of the server). The server owns every analysis: the
 * client asks it for the preview, the export page and the new-file template.
 */
import { RequestType, type WorkspaceEdit } from 'vscode-languageserver-protocol';

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
  /**
   * The URI of the strategy's root when the body is a strategy across files: the `data-file` of its
   * elements is relative to the root's folder (absent: relative to the document's own folder).
   */
  root?: string;
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

export interface SplitIntoFilesParams {
  textDocument: { uri: string };
}

/**
 * The split as one workspace edit: for each part a `create` and the insert of its text, then the
 * root's one edit against `version` (the version analysed); `parts` are the new files' URIs. Or why
 * the file cannot be split (a sentence saying what to do).
 */
export type SplitIntoFilesResult = { edit: WorkspaceEdit; version: number; parts: string[] } | { refused: string };

/** `strategy/splitIntoFiles`: "Split Strategy into Files" of an open one-file strategy (the client applies the edit). */
export const SplitIntoFilesRequest = new RequestType<SplitIntoFilesParams, SplitIntoFilesResult, void>('strategy/splitIntoFiles');

export interface StrategyCountsParams {
  textDocument: { uri: string };
}

/** Problems of a whole strategy, by severity (information and hints together as notes). */
export interface StrategyCountsResult {
  /** How many files the strategy of the document has (1: a one-file strategy). */
  files: number;
  errors: number;
  warnings: number;
  notes: number;
}

/**
 * `strategy/counts`: the problems of every file of the strategy an open document belongs to, for the
 * status bar; null when the server does not know the document.
 */
export const StrategyCountsRequest = new RequestType<StrategyCountsParams, StrategyCountsResult | null, void>('strategy/counts');
