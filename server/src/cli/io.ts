/** What the command line writes to, injectable for tests. */
import { isValidDate } from '../core';
import { UsageError } from './args';
import type { CreatePoolWorker } from '../node/pool/filePool';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Starts a worker thread for checking many files on every core (dist/cli.js itself); absent: one thread. */
  poolWorker?: CreatePoolWorker;
  /** How many worker threads at most (STRATEGY_THREADS; default: os.availableParallelism()). */
  threads?: number;
}

export function parseToday(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !isValidDate(v))
    throw new UsageError(`--today takes a date YYYY-MM-DD, got "${String(v)}"`);
  return v;
}
