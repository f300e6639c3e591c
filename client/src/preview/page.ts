/**
 * The webview page shell (the client's, as VS Code's Markdown preview builds its own): a strict CSP
 * with a nonce and the webview's cspSource, the style sheet and body the server rendered, and the
 * page script (client/preview-src, bundled to dist/webview/preview.js) loaded with the same nonce.
 * No VS Code API here, so that tests build the very page the preview shows.
 */
import type { PreviewSettings } from './messages';

export interface WebviewPageOptions {
  title: string;
  /** The content of `#strategy-root` (rendered by the server; every file string escaped there). */
  body: string;
  /** The style sheet for VS Code's theme (from the server's answer). */
  style: string;
  /** Allows the inline style and the script; new for each page. */
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  /** The page script's URI as the webview sees it (`webview.asWebviewUri`); none for a page that only says something. */
  scriptUri?: string;
  /** What the script reads when it loads (the document's URI, a line to scroll to first). */
  settings: PreviewSettings;
}

export function webviewPage(o: WebviewPageOptions): string {
  const nonce = escapeAttr(o.nonce);
  const source = escapeAttr(o.cspSource);
  const csp = `default-src 'none'; style-src ${source} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${source} data:;`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta id="strategy-preview-settings" data-settings="${escapeAttr(JSON.stringify(o.settings))}">
<title>${escapeHtml(o.title)}</title>
<style nonce="${nonce}">${o.style}</style>
</head>
<body class="webview">
<main id="strategy-root" class="strategy">
${o.body}
</main>
${o.scriptUri ? `<script nonce="${nonce}" src="${escapeAttr(o.scriptUri)}"></script>\n` : ''}</body>
</html>
`;
}

/** A page with only a banner (the document cannot be opened, the server is not running). */
export function messageBody(title: string, detail: string): string {
  return `<div class="banner" role="alert"><div class="banner-title">${escapeHtml(title)}</div><p>${escapeHtml(detail)}</p></div>`;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => ENTITIES[c]);
}

export const escapeAttr = escapeHtml;
