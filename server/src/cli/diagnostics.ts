/** Problems (offsets) -> the command line's diagnostics (0-based line and character), as `--format json` prints them. */
import { LineIndex, type Analysis, type LineColumn, type RuleCode, type Severity } from '../core';

/** A problem positioned by line and character, as `strategy check` reports it. */
export interface Diagnostic {
  code: RuleCode;
  severity: Severity;
  message: string;
  range: { start: LineColumn; end: LineColumn };
  source: 'strategy';
  data?: Record<string, unknown>;
}

export function toDiagnostics(a: Analysis): Diagnostic[] {
  const lines = a.lines ?? new LineIndex(a.text);
  return a.problems.map((p) => {
    const d: Diagnostic = { code: p.code, severity: p.severity, message: p.message, range: lines.range(p.span), source: 'strategy' };
    if (p.data) d.data = p.data;
    return d;
  });
}
