/** What the command line writes to, injectable for tests. */
import { isValidDate } from '../core';
import { UsageError } from './args';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export function parseToday(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !isValidDate(v))
    throw new UsageError(`--today takes a date YYYY-MM-DD, got "${String(v)}"`);
  return v;
}
