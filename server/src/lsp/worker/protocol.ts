/**
 * Messages between the language server and its analysis worker thread (one typed file for both
 * sides). The worker keeps one IncrementalAnalyzer per document, so edits to a large document
 * re-parse only the block they touch there too.
 */
import type { AnalyzeOptions, Diagnostic, RuleCode } from '../../core';

/** workerData that makes dist/server.js run as the analysis worker instead of a server. */
export const WORKER_DATA = { strategyAnalysisWorker: true } as const;

export type ToWorker =
  | { kind: 'diagnose'; id: number; uri: string; text: string; options: AnalyzeOptions }
  | { kind: 'forget'; uri: string };

export interface RuleFailure {
  code: RuleCode;
  error: string;
}

export type FromWorker =
  | { kind: 'diagnosed'; id: number; diagnostics: Diagnostic[]; ruleFailures: RuleFailure[] }
  | { kind: 'failed'; id: number; error: string };

export function isWorkerData(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).strategyAnalysisWorker === true;
}
