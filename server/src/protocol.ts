/**
 * The custom requests between the VS Code client and the language server, typed once for both sides
 * (client/src imports this file and nothing else of the server). The server owns every analysis: the
 * client asks it for the preview, the export page, the new-file template, and in compare mode for the
 * preview marked with the changes since a revision (the client reads the revision's text through VS
 * Code's Git extension and hands it over: the server composes, diffs and renders).
 */
import { RequestType, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { ChangeRecord } from './core/diff/types';

export type { ChangeRecord };

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
export const SplitIntoFilesRequest = new RequestType<SplitIntoFilesParams, SplitIntoFilesResult, void>(
  'strategy/splitIntoFiles',
);

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
export const StrategyCountsRequest = new RequestType<StrategyCountsParams, StrategyCountsResult | null, void>(
  'strategy/counts',
);

/** One file of the strategy at the base revision, as the client read it (`git show REV:PATH`). */
export interface CompareBaseFile {
  /** The file's path relative to the repository's root, `/`-separated (records name files by it). */
  path: string;
  text: string;
}

/** One folder at the base revision, as the client read it (`git show REV:PATH` of a folder lists it). */
export interface CompareBaseFolder {
  /** The folder's path relative to the repository's root, `/`-separated; `''` for the root itself. */
  path: string;
  /** Its entries' names; a folder's ends in `/`. */
  entries: string[];
}

export interface CompareBase {
  /** The revision as the user picked it (`HEAD`, a branch, a tag, a short hash): "Changes since LABEL". */
  label: string;
  /**
   * The document's path relative to the repository's root. With it, a document of a strategy the
   * workspace composes is compared as its whole strategy: the server composes the base from the files
   * and folders given here and answers `needs` until it has all it asks for. Without it, the
   * document's text is compared with `files[0]` alone.
   */
  path?: string;
  /** The files of the strategy at that revision read so far (the document's own first); empty when it did not exist there (an added strategy). */
  files: CompareBaseFile[];
  /** The folders read so far (the server lists them to match `include` globs). */
  folders?: CompareBaseFolder[];
  /** Paths asked for that the revision does not have. */
  absent?: string[];
}

export interface CompareParams {
  textDocument: { uri: string };
  /** As in PreviewParams: never an answer older than this version. */
  version?: number;
  base: CompareBase;
}

export interface CompareResult extends PreviewResult {
  label: string;
  /** The change records from the base to this version (the spec's records, as `strategy diff --format json` gives them). */
  records: ChangeRecord[];
}

/** What composing the base asked for and was not given: the client reads them at the revision and asks again. */
export interface CompareNeeds {
  /** Paths relative to the repository's root (`''`: the root folder), each a file, a folder or absent there. */
  needs: string[];
}

/**
 * `strategy/compare`: the webview preview of an open document in compare mode: a "Changes since
 * LABEL" section and the items marked added, removed or changed. The server diffs the base it is
 * given against the document's current version (at default severities, before suppressions, as
 * `strategy diff`); a strategy across files on both sides, composed. `needs` when the base lacks
 * files or folders its composition asked for; null when the document is not open (or older than asked).
 */
export const CompareRequest = new RequestType<CompareParams, CompareResult | CompareNeeds | null, void>(
  'strategy/compare',
);

export interface ReviewBaseParams {
  textDocument: { uri: string };
  /** The first-parent history of HEAD, newest first: hash and committer date in seconds (UTC). */
  history: { hash: string; time: number }[];
}

export interface ReviewBaseResult {
  /** The document's `review.last`, when it has a valid one. */
  last?: string;
  /** The commit of the last strategy review (the rule of `strategy diff --since-review`), when there is one. */
  hash?: string;
}

/** `strategy/reviewBase`: which commit of `history` the last strategy review of the document was held on. */
export const ReviewBaseRequest = new RequestType<ReviewBaseParams, ReviewBaseResult, void>('strategy/reviewBase');

// Server -> client: the files of a server that cannot read them itself (the server in a browser,
// lsp/browser/clientFiles.ts). The client reads them through `vscode.workspace.fs`, whatever the
// scheme (vscode-vfs:, vscode-remote:, file:). The server on Node never asks.

export interface WorkspaceFilesParams {
  /** The workspace folders' URIs. */
  folders: string[];
}

/** One file as the client read it: its text, or why it could not be read. */
export type ClientFile = { uri: string; text: string } | { uri: string; error: string };

export interface WorkspaceFilesResult {
  /** Every `*.strategy.yaml|yml` under the folders (none under `node_modules` or hidden folders). */
  files: ClientFile[];
}

/** `strategy/workspaceFiles` (server -> client): every strategy file of the workspace folders, with its text. */
export const WorkspaceFilesRequest = new RequestType<WorkspaceFilesParams, WorkspaceFilesResult, void>(
  'strategy/workspaceFiles',
);

export interface ReadFilesParams {
  uris: string[];
}

/** `strategy/readFiles` (server -> client): these files' texts now (after watched-file events); absent files answer an error. */
export const ReadFilesRequest = new RequestType<ReadFilesParams, { files: ClientFile[] }, void>('strategy/readFiles');

/**
 * The first message the browser build of the server (dist/web/server.js) posts, before any JSON-RPC:
 * the client knows the script loaded and runs, in a Worker or in its own worker over a MessageChannel.
 */
export const SERVER_READY = 'strategy-server-ready';
