/** Span helpers shared by the navigation features. */
import type { Span } from '../types';

/** The span without the whitespace (and line breaks) that YAML node ranges carry at their end. */
export function trimEndSpan(text: string, span: Span): Span {
  let end = Math.min(span.end, text.length);
  while (end > span.start && /[ \t\r\n]/.test(text[end - 1])) end--; // YAML's whitespace, not JS's \s (U+2028 is text)
  return { start: span.start, end };
}
