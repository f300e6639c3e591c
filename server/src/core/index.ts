/** The core's public surface: pure functions over strategy text, importing nothing from an editor. */
export { analyze, type Analysis, type AnalyzeHooks } from './analyze';
export { LineIndex } from './lines';
export * from './types';
export * from './catalog';
export { RULES } from './rules';
export { localToday, isValidDate, addMonths } from './dates';
export type { StrategyModel } from './model/types';
export { renderHtml, renderBody, renderMarkdown, isBroken, type RenderHtmlOptions } from './render';
