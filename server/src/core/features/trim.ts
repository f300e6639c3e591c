/** Span helpers shared by the navigation features. */
import type { Span } from '../types';

/** The span without the whitespace (and line breaks) that YAML node ranges carry at their end. */
export function trimEndSpan(text: string, span: Span): Span {
  let end = Math.min(span.end, text.length);
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return { start: span.start, end };
}
