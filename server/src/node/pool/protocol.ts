/**
 * Messages between a FilePool and its worker threads (one typed file for both sides). A job is one
 * whole file: its text and the analysis options; the answer is the file's own analysis (no rules,
 * composition stays on the caller's thread), in its plain, structured-cloneable form.
 */
import type { MessagePort } from 'node:worker_threads';
import type { AnalyzeOptions } from '../../core';
import type { PlainAnalysis } from '../../core/compose';

/** workerData that makes a bundle (dist/cli.js, dist/server.js) run as a pool worker. */
export interface PoolWorkerData {
  strategyFilePool: true;
  /** Where jobs arrive and answers go (a MessageChannel's far end, so the pool can read answers synchronously). */
  port: MessagePort;
  /** Int32Array over it: [0] counts answers, so a pool waiting synchronously wakes up (Atomics.wait). */
  signal: SharedArrayBuffer;
}

export interface FileJob {
  id: number;
  file: string;
  text: string;
  options: AnalyzeOptions;
}

export type FileAnswer = { id: number; analysis: PlainAnalysis } | { id: number; error: string };

/** The worker's first message: it loaded and listens (a pool waiting synchronously cannot see a worker that failed to start). */
export type FromPoolWorker = FileAnswer | { ready: true };

export function isPoolWorkerData(data: unknown): data is PoolWorkerData {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).strategyFilePool === true;
}
