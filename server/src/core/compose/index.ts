/** A strategy across files: the composition API (see docs/compose.md). */
export { StrategyComposer, composeStrategy, type ComposedStrategy, type ComposeResult } from './compose';
export { FileAnalyses, analyseFile, type FileAnalysed, type FileRead } from './fileCache';
export { escapeGlob, globFiles, globMatcher, isGlob } from './glob';
export { basename, dirname, joinPath, relativePath, compareCodePoints } from './paths';
export { joinStrategy, renderStrategyHtml, renderStrategyMarkdown } from './render';
export { plain, type PlainAnalysis } from './slim';
export {
  jobsFor,
  putAnalysed,
  worthThreads,
  POOL_MIN_CHARS,
  type FileAnalysedElsewhere,
  type FileThreads,
  type FileToAnalyse,
} from './prefill';
