/**
 * One analysis per document version and analysis options, shared by diagnostics and every feature
 * (parse once, pass the result around). Keyed by URI in this instance, never in a module global. The
 * server keeps one for the documents it analyses itself, the analysis worker one for the large ones.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalyzeHooks, AnalyzeOptions, RuleCode } from '../core';
import { analysisOptions } from '../core/settings';
import { TextPositions } from './convert';
import { RuleFailureLog } from './ruleFailures';
import type { StrategySettings } from './settings';

export type AnalyzeFn = (text: string, file: string, options: AnalyzeOptions, hooks: AnalyzeHooks) => Analysis;

/** Analyses successive versions of one document (the core's IncrementalAnalyzer re-parses only edited blocks). */
export interface DocumentAnalyzer {
  analyze: AnalyzeFn;
}

/** One version of a document's text (a TextDocument, or what the worker was sent). */
export type VersionedText = Pick<TextDocument, 'uri' | 'version' | 'getText'>;

export interface Analyzed {
  analysis: Analysis;
  version: number;
  positions: TextPositions;
}

interface Entry {
  analyzer: DocumentAnalyzer;
  last?: Analyzed & { optionsKey: string };
}

/** Where a rule that threw is reported (once per rule in the server's log; per job in the worker). */
export interface RuleFailureSink {
  report(code: RuleCode, uri: string, error: string): void;
}

export interface AnalysisCacheOptions {
  /** One analyzer per open document, kept until it closes. */
  createAnalyzer: () => DocumentAnalyzer;
  /** The date to check against (initializationOptions.today), or undefined for the local date. */
  today: () => string | undefined;
  log: (message: string) => void;
  /** Where rule failures are reported (default: a log of its own over `log`, once per rule). */
  ruleFailures?: RuleFailureSink;
  /** Told of each analysis made (STRATEGY_TRACE=analyses). */
  onAnalysed?: (uri: string) => void;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private analyses = 0;
  readonly ruleFailures: RuleFailureSink;

  constructor(private readonly options: AnalysisCacheOptions) {
    this.ruleFailures = options.ruleFailures ?? new RuleFailureLog(options.log);
  }

  /** The analysis of this version of the document under these options; throws what analyze throws. */
  get(document: VersionedText, options: AnalyzeOptions): Analyzed {
    let entry = this.entries.get(document.uri);
    if (!entry) {
      entry = { analyzer: this.options.createAnalyzer() };
      this.entries.set(document.uri, entry);
    }
    const optionsKey = JSON.stringify(options);
    const { last } = entry;
    if (last && last.version === document.version && last.optionsKey === optionsKey) return last;
    const analysis = entry.analyzer.analyze(document.getText(), document.uri, options, {
      onRuleError: (code, error) => this.ruleFailures.report(code, document.uri, describe(error)),
    });
    this.analyses++;
    this.options.onAnalysed?.(document.uri);
    entry.last = { analysis, version: document.version, positions: TextPositions.of(analysis), optionsKey };
    return entry.last;
  }

  /** The latest analysis of the document, whatever its version (the worker's text of a version it has seen). */
  latest(uri: string): Analyzed | undefined {
    return this.entries.get(uri)?.last;
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
}

export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
