/**
 * The one protocol between the preview's host (preview.ts) and its page (client/preview-src, which
 * imports these types). Both sides are type-checked against them.
 */

/** Replace the page's content, keeping the scroll position. */
export interface UpdateMessage {
  type: 'update';
  html: string;
}

/** Scroll the page to the element of the nearest source line (editor -> preview sync). */
export interface ScrollToMessage {
  type: 'scrollTo';
  line: number;
}

export type HostToPreview = UpdateMessage | ScrollToMessage;

/**
 * The user clicked an item drawn from line `line`: show it in the editor. `file`: the item's file
 * (its `data-file`, relative to the folder of the strategy's root) when the page names one.
 */
export interface RevealMessage {
  type: 'reveal';
  line: number;
  file?: string;
}

/** The user scrolled the preview; `line` is the source line at its top (preview -> editor sync). */
export interface DidScrollMessage {
  type: 'didScroll';
  line: number;
}

/** The user pressed the compare section's "Back to the live preview". */
export interface LeaveCompareMessage {
  type: 'leaveCompare';
}

/** The page has loaded and listens for messages. */
export interface ReadyMessage {
  type: 'ready';
}

export type PreviewToHost = RevealMessage | DidScrollMessage | ReadyMessage | LeaveCompareMessage;

/** What the page keeps with vscode.setState, and the serializer gets back after a reload. */
export interface PreviewState {
  /** The previewed document's URI. */
  source?: string;
  /** The source line at the top of the preview. */
  line?: number;
}

/** What the page reads from its settings element when it loads. */
export interface PreviewSettings {
  source: string;
  line?: number;
}

/** Narrows anything the page posted to a known message (a webview can post anything). */
export function parsePreviewMessage(data: unknown): PreviewToHost | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { type, line, file } = data as { type?: unknown; line?: unknown; file?: unknown };
  if (type === 'ready' || type === 'leaveCompare') return { type };
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 0) return undefined;
  if (type === 'reveal' && file !== undefined) return isRelativePath(file) ? { type, line, file } : undefined;
  if (type === 'reveal' || type === 'didScroll') return { type, line };
  return undefined;
}

/** A `/`-separated path relative to a folder: no scheme, no leading `/`, no backslash, no empty segment. */
function isRelativePath(file: unknown): file is string {
  return (
    typeof file === 'string' &&
    file !== '' &&
    !file.startsWith('/') &&
    !/^[A-Za-z][\w+.-]*:/.test(file) &&
    !file.includes('\\') &&
    !file.split('/').includes('')
  );
}

export function parsePreviewState(data: unknown): PreviewState {
  if (!data || typeof data !== 'object') return {};
  const { source, line } = data as { source?: unknown; line?: unknown };
  return {
    source: typeof source === 'string' ? source : undefined,
    line: typeof line === 'number' && Number.isInteger(line) && line >= 0 ? line : undefined,
  };
}
