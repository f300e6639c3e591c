/** STUB so that the LSP adapter compiles; the core features' engineer replaces it with the real quick fixes. */
import type { Analysis } from '../analyze';
import type { Problem, Span } from '../types';
import type { CodeFix } from './types';

export function codeActions(_analysis: Analysis, _span: Span, _problems: readonly Problem[]): CodeFix[] {
  return [];
}
