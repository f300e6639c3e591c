/**
 * Per-file analyses for composition, cached by file and text: a file whose text did not change is
 * not parsed again, and a changed file is re-parsed block by block (the incremental analyzer). These
 * analyses hold the file's own problems (syntax and schema); the rules run on the composed strategy.
 */
import type { Analysis, AnalyzeHooks } from '../analyze';
import type { StrategyHost } from '../host';
import { IncrementalAnalyzer } from '../incremental/analyzer';
import { lineZero as firstLine } from '../problems';
import type { AnalyzeOptions, Span } from '../types';

/** A file read and analysed on its own. */
export interface FileAnalysed {
  file: string;
  text: string;
  analysis: Analysis;
  lineZero: Span;
}

export type FileRead = FileAnalysed | { file: string; error: string };

interface Entry {
  text: string;
  analysis: Analysis;
  lineZero: Span;
  analyzer: IncrementalAnalyzer;
}

const NO_RULES: AnalyzeHooks = { rules: [] };

export class FileAnalyses {
  private readonly entries = new Map<string, Entry>();
  /** How many files were (re-)analysed: tests check that an unchanged file is not. */
  analysed = 0;

  constructor(private readonly options: AnalyzeOptions) {}

  /** The analysis of `file` (a real path) as the host has it now. */
  read(host: StrategyHost, file: string): FileRead {
    const r = host.readFile(file);
    if ('error' in r) {
      this.entries.delete(file);
      return { file, error: r.error };
    }
    let e = this.entries.get(file);
    if (!e || e.text !== r.text) {
      const analyzer = e?.analyzer ?? new IncrementalAnalyzer();
      const analysis = analyzer.analyze(r.text, file, this.options, NO_RULES);
      const lineZero: Span = { ...firstLine(r.text), file };
      stampFile(analysis.model, file);
      e = { text: r.text, analysis, lineZero, analyzer };
      this.entries.set(file, e);
      this.analysed++;
    }
    return { file, text: e.text, analysis: e.analysis, lineZero: e.lineZero };
  }

  forget(file: string): void {
    this.entries.delete(file);
  }
}

/** Marks every span of a file's model with the file, so that findings on the composed model name it. */
export function stampFile(node: unknown, file: string, seen = new Set<object>()): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const x of node) stampFile(x, file, seen);
    return;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    o.file = file;
    return;
  }
  for (const k in o) if (k !== 'composition') stampFile(o[k], file, seen);
}
