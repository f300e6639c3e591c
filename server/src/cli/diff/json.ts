/** `--format json`: one entry per strategy, ordered by root path, empty `changes` included. */
import type { DiffEntry } from './entry';

export function formatDiffJson(entries: readonly DiffEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}
