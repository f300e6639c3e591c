/** STUB so that the LSP adapter compiles; the core features' engineer replaces it with the real hover. */
import type { Analysis } from '../analyze';
import type { HoverResult } from './types';

export function hover(_analysis: Analysis, _offset: number): HoverResult | undefined {
  return undefined;
}
