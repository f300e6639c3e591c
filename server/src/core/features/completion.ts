/** STUB so that the LSP adapter compiles; the core features' engineer replaces it with the real completion. */
import type { Analysis } from '../analyze';
import type { CompletionEntry } from './types';

export function complete(_analysis: Analysis, _offset: number): CompletionEntry[] {
  return [];
}
