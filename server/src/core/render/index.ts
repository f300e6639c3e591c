/** The renderer: an Analysis -> the preview's body, the export page, or Markdown. Pure. */
export {
  renderHtml,
  renderBody,
  renderExportPage,
  renderStaleBanner,
  pageTitle,
  EXPORT_STYLE,
  WEBVIEW_STYLE,
  type RenderHtmlOptions,
  type RenderBodyOptions,
} from './page';
export { renderMarkdown, type RenderMarkdownOptions } from './markdown';
export { brokenProblems, isBroken } from './broken';
export { escapeHtml, escapeAttr, escapeMarkdown } from './escape';
export { buildView } from './view';
export type { StrategyView } from './viewTypes';
export {
  renderCompareBody,
  compareMarks,
  type CompareRenderOptions,
  type CompareMarks,
  type ItemMark,
} from './compare';
