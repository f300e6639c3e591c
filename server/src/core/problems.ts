/** Making problems, and the first line where a problem "at line 0" lands: one place for analyze and the incremental analyzer. */
import type { Problem, RuleCode, Severity, Span } from './types';

export function problem(
  code: RuleCode,
  severity: Severity,
  span: Span,
  message: string,
  data?: Record<string, unknown>,
): Problem {
  return data && Object.keys(data).length ? { code, severity, span, message, data } : { code, severity, span, message };
}

/** A `schema` error (the schema, the YAML syntax and the tree's own checks all report as `schema`). */
export function schemaProblem(span: Span, message: string, data?: Record<string, unknown>): Problem {
  return problem('schema', 'error', span, message, data);
}

/** The first line of the text, where a diagnostic "at line 0" lands (at most 1,000 characters of it). */
export function lineZero(text: string): Span {
  const nl = text.search(/[\r\n]/); // a line ends at \n, \r\n or a lone \r
  return { start: 0, end: nl < 0 ? Math.min(text.length, 1000) : nl };
}
