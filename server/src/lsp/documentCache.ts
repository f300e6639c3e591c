/**
 * One analysis per document version and settings, shared by diagnostics and every feature
 * (parse once, pass the result around). Keyed by URI in this instance, never in a module global.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalyzeHooks, AnalyzeOptions } from '../core';
import { analysisOptions } from '../core/settings';
import { TextPositions } from './convert';
import { RuleFailureLog } from './ruleFailures';
import type { StrategySettings } from './settings';

export type AnalyzeFn = (text: string, file: string, options: AnalyzeOptions, hooks: AnalyzeHooks) => Analysis;

/** Analyses successive versions of one document (the core's IncrementalAnalyzer re-parses only edited blocks). */
export interface DocumentAnalyzer {
  analyze: AnalyzeFn;
}

export interface Analyzed {
  document: TextDocument;
  analysis: Analysis;
  positions: TextPositions;
}

interface Entry {
  analyzer: DocumentAnalyzer;
  last?: Analyzed & { version: number; settings: StrategySettings };
}

export interface AnalysisCacheOptions {
  /** One analyzer per open document, kept until it closes. */
  createAnalyzer: () => DocumentAnalyzer;
  /** The date to check against (initializationOptions.today), or undefined for the local date. */
  today: () => string | undefined;
  log: (message: string) => void;
  /** Where rule failures are reported, once per rule (default: a log of its own over `log`). */
  ruleFailures?: RuleFailureLog;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private analyses = 0;
  readonly ruleFailures: RuleFailureLog;

  constructor(private readonly options: AnalysisCacheOptions) {
    this.ruleFailures = options.ruleFailures ?? new RuleFailureLog(options.log);
  }

  /** The analysis of this version of the document under these settings; throws what analyze throws. */
  get(document: TextDocument, settings: StrategySettings): Analyzed {
    let entry = this.entries.get(document.uri);
    if (!entry) {
      entry = { analyzer: this.options.createAnalyzer() };
      this.entries.set(document.uri, entry);
    }
    const { last } = entry;
    if (last && last.version === document.version && last.settings === settings) return last;
    const analysis = entry.analyzer.analyze(document.getText(), document.uri, this.analyzeOptions(settings), {
      onRuleError: (code, error) => this.ruleFailures.report(code, document.uri, describe(error)),
    });
    this.analyses++;
    entry.last = { document, analysis, positions: TextPositions.of(analysis), version: document.version, settings };
    return entry.last;
  }

  /** The options `strategy check` would get for the same settings and day. */
  analyzeOptions(settings: StrategySettings): AnalyzeOptions {
    return analysisOptions(settings, this.options.today());
  }

  /** How many analyses ran (for tests and logs). */
  get count(): number {
    return this.analyses;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** Settings changed: every document is analysed again (each keeps its analyzer and parsed blocks). */
  invalidate(): void {
    for (const entry of this.entries.values()) entry.last = undefined;
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
