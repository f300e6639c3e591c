/**
 * The HTML page: a self-contained export (inline style allowed by its hash, no script, no network,
 * print rules) or the VS Code webview page (theme variables, a nonce'd script for click-to-source,
 * scroll sync and live updates). Both show the same body.
 */
import { createHash, randomBytes } from 'crypto';
import type { Analysis } from '../analyze';
import { renderCards } from './cards';
import { renderCoverageMatrix } from './coverageMatrix';
import { escapeAttr, escapeHtml } from './escape';
import { renderBanner, renderHeader } from './header';
import { renderProblems } from './problems';
import { renderRolesMatrix } from './rolesMatrix';
import { BASE_CSS } from './styles';
import { EXPORT_THEME_CSS, WEBVIEW_THEME_CSS } from './themes';
import { renderTimeline } from './timeline';
import { brokenViews, buildView } from './view';
import { WEBVIEW_SCRIPT } from './webviewScript';

export interface RenderBodyOptions {
  /** YYYY-MM-DD: the date reviews and goals are measured against (the analysis's own today). */
  today: string;
  /**
   * A newer version of the file that could not be read. `analysis` is then the last good version,
   * shown under a banner naming the newer version's problems.
   */
  staleBecause?: Analysis;
}

export interface RenderHtmlOptions extends RenderBodyOptions {
  /** `export` (default): a standalone page. `webview`: the VS Code preview page. */
  mode?: 'export' | 'webview';
  /** Webview: the nonce of the inline style and script (a random one when absent). */
  nonce?: string;
  /** Webview: `webview.cspSource`. */
  cspSource?: string;
  /** Webview: what the page's script needs to know (the document's URI, a line to scroll to first). */
  settings?: { source?: string; line?: number };
}

/** The content of the page's `#strategy-root`: what a live update replaces. */
export function renderBody(analysis: Analysis, options: RenderBodyOptions): string {
  const v = buildView(analysis, options.today);
  const stale = options.staleBecause ? brokenViews(options.staleBecause) : [];
  const banner = stale.length ? renderBanner(stale, true, false) : renderBanner(v.broken, false, v.unreadable);
  const footer = `<footer class="page-footer">Rendered by Strategy as Code from ${escapeHtml(baseName(v.file))}; reviews and goals checked against ${escapeHtml(v.today)}.</footer>`;
  if (v.unreadable && !stale.length) return [banner, renderProblems(v), footer].join('\n');
  return [banner, renderHeader(v), renderCards(v), renderRolesMatrix(v), renderCoverageMatrix(v), renderTimeline(v), renderProblems(v), footer]
    .filter(Boolean)
    .join('\n');
}

export function renderHtml(analysis: Analysis, options: RenderHtmlOptions): string {
  return renderPage(renderBody(analysis, options), pageTitle(analysis), options);
}

/** The page around a body made by renderBody (the webview keeps its body and rebuilds the page). */
export function renderPage(body: string, title: string, options: Omit<RenderHtmlOptions, 'today' | 'staleBecause'>): string {
  return options.mode === 'webview' ? webviewPage(title, body, options) : exportPage(title, body);
}

/** "Title — Organization", for the page's title. */
export function pageTitle(analysis: Analysis): string {
  const h = analysis.model.header;
  return [h.strategy?.text ?? 'Strategy', h.organization?.text].filter(Boolean).join(' — ');
}

function exportPage(title: string, body: string): string {
  const css = BASE_CSS + EXPORT_THEME_CSS;
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="generator" content="Strategy as Code">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body class="export">
<main id="strategy-root" class="strategy">
${body}
</main>
</body>
</html>
`;
}

function webviewPage(title: string, body: string, options: Omit<RenderHtmlOptions, 'today' | 'staleBecause'>): string {
  const nonce = escapeAttr(options.nonce ?? randomBytes(16).toString('base64'));
  const source = escapeAttr(options.cspSource ?? '');
  const csp = `default-src 'none'; style-src ${source} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${source} data:;`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta id="strategy-preview-settings" data-settings="${escapeAttr(JSON.stringify(options.settings ?? {}))}">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${BASE_CSS}${WEBVIEW_THEME_CSS}</style>
</head>
<body class="webview">
<main id="strategy-root" class="strategy">
${body}
</main>
<script nonce="${nonce}">${WEBVIEW_SCRIPT}</script>
</body>
</html>
`;
}

/** The file's name from a path or a URI, for the footer. */
function baseName(file: string): string {
  const last = file.split(/[\\/]/).filter(Boolean).pop() ?? file;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
