/** The renderer: an Analysis -> the preview page (HTML, export or webview) or Markdown. Pure. */
export { renderHtml, renderBody, renderPage, pageTitle, type RenderHtmlOptions, type RenderBodyOptions } from './page';
export { renderMarkdown, type RenderMarkdownOptions } from './markdown';
export { brokenProblems, isBroken } from './broken';
export { escapeHtml, escapeAttr, escapeMarkdown } from './escape';
export { buildView } from './view';
export type { StrategyView } from './viewTypes';
