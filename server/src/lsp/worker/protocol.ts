/**
 * Messages between the language server and its analysis worker thread (one typed file for both
 * sides). The worker keeps one IncrementalAnalyzer and the latest analysis per document, so edits to
 * a large document re-parse only the block they touch, and every feature runs on that one analysis.
 */
import type { AnalyzeOptions, RuleCode } from '../../core';
import type { FeatureName } from './features';

/** workerData that makes dist/server.js run as the analysis worker instead of a server. */
export const WORKER_DATA = { strategyAnalysisWorker: true } as const;

export type ToWorker =
  | {
      kind: 'run';
      id: number;
      uri: string;
      /** The document's version; `text` is sent only when the worker has not seen this version yet. */
      version: number;
      text?: string;
      options: AnalyzeOptions;
      feature: FeatureName;
      args: unknown[];
    }
  | { kind: 'forget'; uri: string };

export interface RuleFailure {
  code: RuleCode;
  error: string;
}

export type FromWorker =
  | {
      kind: 'done';
      id: number;
      result: unknown;
      ruleFailures: RuleFailure[];
      /** The job analysed the document (rather than answering from the analysis it had). */
      analysed: boolean;
    }
  | { kind: 'failed'; id: number; error: string; stale?: boolean };

export function isWorkerData(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).strategyAnalysisWorker === true;
}
