/**
 * A file's analysis without its tree: what composition keeps of a file no editor has open (its text,
 * model, problems and line index), and what crosses from a worker thread (`plain`: no text, no tree).
 * The tree and the parsed YAML are re-made when a feature first asks for them (a quick fix that edits
 * the file), once.
 */
import type { Analysis } from '../analyze';
import { LineIndex } from '../lines';

/** An analysis as a worker thread sends it: structured-cloneable, without the text the receiver has. */
export interface PlainAnalysis {
  file: string;
  model: Analysis['model'];
  problems: Analysis['problems'];
  unchecked?: true;
  syntaxErrors?: Analysis['syntaxErrors'];
  /** Whether the analysis had a line index (not for a file too large to parse). */
  lines: boolean;
}

export function plain(a: Analysis): PlainAnalysis {
  const p: PlainAnalysis = { file: a.file, model: a.model, problems: a.problems, lines: a.lines !== undefined };
  if (a.unchecked) p.unchecked = true;
  if (a.syntaxErrors) p.syntaxErrors = a.syntaxErrors;
  return p;
}

/** The analysis again from its plain form and its text; `whole` re-analyses when the tree is asked for. */
export function revive(p: PlainAnalysis, text: string, whole: () => Analysis): Analysis {
  const a: Analysis = { file: p.file, text, model: p.model, problems: p.problems };
  if (p.lines) a.lines = new LineIndex(text);
  if (p.unchecked) a.unchecked = true;
  if (p.syntaxErrors) a.syntaxErrors = p.syntaxErrors;
  return lazyTree(a, whole);
}

/** The same analysis without its tree and parsed YAML (re-made by `whole` when asked for). */
export function slim(full: Analysis, whole: () => Analysis): Analysis {
  const a: Analysis = { file: full.file, text: full.text, model: full.model, problems: full.problems };
  if (full.lines) a.lines = full.lines;
  if (full.unchecked) a.unchecked = full.unchecked;
  if (full.syntaxErrors) a.syntaxErrors = full.syntaxErrors;
  return lazyTree(a, whole);
}

function lazyTree(a: Analysis, whole: () => Analysis): Analysis {
  let again: Analysis | undefined;
  const once = () => (again ??= whole());
  Object.defineProperty(a, 'root', { configurable: true, enumerable: false, get: () => once().root });
  Object.defineProperty(a, 'parsed', { configurable: true, enumerable: false, get: () => once().parsed });
  return a;
}
