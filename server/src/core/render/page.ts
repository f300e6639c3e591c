/**
 * The rendered page: the body both pages show (renderBody), and the self-contained export page around
 * it (inline style allowed by its hash, no script, no network, print rules). The VS Code webview page
 * (its CSP with a nonce, its script) is built by the client around the same body and WEBVIEW_STYLE
 * (client/src/preview/page.ts). Pure: no Node API, so that it runs in a browser too.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { Analysis } from '../analyze';
import { renderCards, type CardCompare } from './cards';
import { renderChangesSection } from './compare/changesSection';
import { renderCoverageMatrix } from './coverageMatrix';
import { escapeHtml } from './escape';
import { renderBanner, renderHeader } from './header';
import { renderProblems } from './problems';
import { renderRolesMatrix } from './rolesMatrix';
import { BASE_CSS } from './styles';
import { COMPARE_CSS } from './compare/styles';
import { EXPORT_THEME_CSS, WEBVIEW_THEME_CSS } from './themes';
import { renderTimeline } from './timeline';
import { brokenViews, buildView } from './view';

/** The style sheet of the export page (light theme, print rules). */
export const EXPORT_STYLE = BASE_CSS + EXPORT_THEME_CSS;
/** The style sheet of the webview page (VS Code's theme variables), with the marks of compare mode. */
export const WEBVIEW_STYLE = BASE_CSS + COMPARE_CSS + WEBVIEW_THEME_CSS;

export interface RenderBodyOptions {
  /** YYYY-MM-DD: the date reviews and goals are measured against (the analysis's own today). */
  today: string;
  /**
   * A newer version of the file that could not be read. `analysis` is then the last good version,
   * shown under a banner naming the newer version's problems.
   */
  staleBecause?: Analysis;
  /** Compare mode (compare/index.ts renderCompareBody): the marks of the records and the base side's view. */
  compare?: CardCompare;
}

export interface RenderHtmlOptions extends RenderBodyOptions {
  /** `export` (default and only): a standalone page. The webview page is the client's. */
  mode?: 'export';
}

/** The content of the page's `#strategy-root`: what a live update replaces. */
export function renderBody(analysis: Analysis, options: RenderBodyOptions): string {
  const v = buildView(analysis, options.today);
  const stale = options.staleBecause ? brokenViews(options.staleBecause) : [];
  const banner = stale.length ? renderBanner(stale, true, false) : renderBanner(v.broken, false, v.unreadable);
  const footer = `<footer class="page-footer">Rendered by Strategy as Code from ${escapeHtml(baseName(v.file))}; reviews and goals checked against ${escapeHtml(v.today)}.</footer>`;
  const changes = options.compare
    ? renderChangesSection(options.compare.marks.label, options.compare.marks.records, v)
    : '';
  if (v.unreadable && !stale.length) return [banner, changes, renderProblems(v), footer].filter(Boolean).join('\n');
  return [
    banner,
    renderHeader(v),
    changes,
    renderCards(v, options.compare),
    renderRolesMatrix(v),
    renderCoverageMatrix(v),
    renderTimeline(v),
    renderProblems(v),
    footer,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The banner that a stale body starts with: `broken`'s problems over the last good version. For a
 * good `lastGood`, renderBody(lastGood, { staleBecause: broken }) is this banner, a newline and
 * renderBody(lastGood): so a host that keeps the last good body needs only this from the new version.
 */
export function renderStaleBanner(broken: Analysis): string {
  return renderBanner(brokenViews(broken), true, false);
}

/** The standalone export page of an analysis (`strategy render`, "Export Preview as HTML"). */
export function renderHtml(analysis: Analysis, options: RenderHtmlOptions): string {
  return renderExportPage(renderBody(analysis, options), pageTitle(analysis));
}

/** "Title — Organization", for the page's title. */
export function pageTitle(analysis: Analysis): string {
  const h = analysis.model.header;
  return [h.strategy?.text ?? 'Strategy', h.organization?.text].filter(Boolean).join(' — ');
}

/** The export page around a body made by renderBody: its only style is allowed by its SHA-256. */
export function renderExportPage(body: string, title: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${exportStyleHash()}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="generator" content="Strategy as Code">
<title>${escapeHtml(title)}</title>
<style>${EXPORT_STYLE}</style>
</head>
<body class="export">
<main id="strategy-root" class="strategy">
${body}
</main>
</body>
</html>
`;
}

let exportStyleHashValue: string | undefined;

/**
 * base64 of the SHA-256 of the export style sheet (pure JS: core also runs in a browser), computed on
 * the first export rather than when the module loads (a cold `strategy check` never needs it).
 */
function exportStyleHash(): string {
  return (exportStyleHashValue ??= base64(sha256(new TextEncoder().encode(EXPORT_STYLE))));
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
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
