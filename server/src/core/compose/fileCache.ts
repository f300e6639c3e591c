/**
 * Per-file analyses for composition, cached by file and text: a file whose text did not change is
 * not parsed again, and a changed file is re-parsed block by block (the incremental analyzer). These
 * analyses hold the file's own problems (syntax and schema); the rules run on the composed strategy.
 *
 * Memory: a file whose tree is not kept (`keepsTree` says no: in the language server, a file no editor
 * has open) keeps its text, model and problems only; its YAML documents, its tree and its incremental
 * analyzer are dropped, and a feature that asks for its tree re-parses it then (see `slim`).
 */
import { analyze, type Analysis, type AnalyzeHooks } from '../analyze';
import type { StrategyHost } from '../host';
import { IncrementalAnalyzer } from '../incremental/analyzer';
import { lineZero as firstLine } from '../problems';
import type { AnalyzeOptions, Span } from '../types';
import { slim, type PlainAnalysis, revive } from './slim';

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
  /** Absent for a file whose tree is not kept: an edit to it is analysed afresh. */
  analyzer?: IncrementalAnalyzer;
}

const NO_RULES: AnalyzeHooks = { rules: [] };

/**
 * A file's own analysis as composition wants it (no rules, every span of its model naming the file).
 * `analyzer`: the file's incremental analyzer, kept between edits (default: a fresh one). A worker
 * thread passes `stamp: false`: the file's name on every span would double what crosses to the
 * receiving thread, which stamps the model itself (`FileAnalyses.put`).
 */
export function analyseFile(
  text: string,
  file: string,
  options: AnalyzeOptions,
  how: { analyzer?: IncrementalAnalyzer; stamp?: boolean } = {},
) {
  const analysis = (how.analyzer ?? new IncrementalAnalyzer()).analyze(text, file, options, NO_RULES);
  if (how.stamp !== false) stampFile(analysis.model, file);
  return analysis;
}

export class FileAnalyses {
  private readonly entries = new Map<string, Entry>();
  /** How many files were (re-)analysed: tests check that an unchanged file is not. */
  analysed = 0;
  /** Told of each analysis the cache takes in: made here, or on a worker thread (`put`). */
  onAnalysed?: (file: string, where: 'here' | 'thread') => void;

  /**
   * @param keepsTree whether a file keeps its tree and incremental analyzer (default: every file does);
   *   the others keep text, model and problems only.
   */
  constructor(
    private readonly options: AnalyzeOptions,
    private readonly keepsTree: (file: string) => boolean = () => true,
  ) {}

  /** The analysis of `file` (a real path) as the host has it now. */
  read(host: StrategyHost, file: string): FileRead {
    const r = host.readFile(file);
    if ('error' in r) {
      this.entries.delete(file);
      return { file, error: r.error };
    }
    let e = this.entries.get(file);
    if (!e || e.text !== r.text) {
      const keep = this.keepsTree(file);
      const analyzer = keep ? (e?.analyzer ?? new IncrementalAnalyzer()) : undefined;
      const analysis = analyseFile(r.text, file, this.options, { analyzer });
      e = this.entry(file, r.text, keep ? analysis : slim(analysis, () => this.whole(r.text, file)), analyzer);
      this.analysed++;
      this.onAnalysed?.(file, 'here');
    }
    return { file, text: e.text, analysis: e.analysis, lineZero: e.lineZero };
  }

  /** Whether `file` is cached with exactly this text (an analysis handed over would be redundant). */
  has(file: string, text: string): boolean {
    return this.entries.get(file)?.text === text;
  }

  /** Takes an analysis made elsewhere (a worker thread: `analyseFile` unstamped, then `plain`) for this text. */
  put(file: string, text: string, analysis: PlainAnalysis): void {
    const revived = revive(analysis, text, () => this.whole(text, file));
    stampFile(revived.model, file); // sent unstamped (analyseFile with stamp: false)
    this.entry(file, text, revived);
    this.onAnalysed?.(file, 'thread');
  }

  /** Drops a file's tree and analyzer (its editor closed), keeping its analysis. */
  release(file: string): void {
    const e = this.entries.get(file);
    if (!e?.analyzer) return;
    e.analyzer = undefined;
    e.analysis = slim(e.analysis, () => this.whole(e.text, file));
  }

  forget(file: string): void {
    this.entries.delete(file);
  }

  private entry(file: string, text: string, analysis: Analysis, analyzer?: IncrementalAnalyzer): Entry {
    const e: Entry = { text, analysis, lineZero: { ...firstLine(text), file }, analyzer };
    this.entries.set(file, e);
    return e;
  }

  /** The whole analysis again, when a feature asks a slim one for its tree. */
  private whole(text: string, file: string): Analysis {
    const a = analyze(text, file, this.options, NO_RULES);
    stampFile(a.model, file);
    return a;
  }
}

/** Marks every span of a file's model with the file, so that findings on the composed model name it. */
export function stampFile(node: unknown, file: string, seen = new Set<object>()): void {
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    o.file = file; // a span: a leaf, stamped again harmlessly when shared (no need to remember it)
    return;
  }
  if (seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const x of node) stampFile(x, file, seen);
    return;
  }
  for (const k in o) if (k !== 'composition') stampFile(o[k], file, seen);
}
