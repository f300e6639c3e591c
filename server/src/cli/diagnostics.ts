/** Problems (offsets) -> the command line's diagnostics (0-based line and character), as `--format json` prints them. */
import { LineIndex, type Analysis, type LineColumn, type RuleCode, type Severity, type Span } from '../core';
import type { ComposedStrategy } from '../core/compose';

type Range = { start: LineColumn; end: LineColumn };

/** Another place a diagnostic points at (the first occurrence of a duplicate): JSON `related`, SARIF relatedLocations. */
export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

/** A problem positioned by line and character, as `strategy check` reports it. */
export interface Diagnostic {
  code: RuleCode;
  severity: Severity;
  message: string;
  range: Range;
  source: 'strategy';
  data?: Record<string, unknown>;
  related?: RelatedLocation[];
}

/** Where a span of another file is: its file's name and range (undefined: not a file of the strategy). */
export type Locate = (span: Span) => { file: string; range: Range } | undefined;

/** One file's diagnostics; without `locate`, related spans are in the file itself. */
export function toDiagnostics(a: Analysis, locate?: Locate): Diagnostic[] {
  const lines = a.lines ?? new LineIndex(a.text);
  return a.problems.map((p) => {
    const d: Diagnostic = {
      code: p.code,
      severity: p.severity,
      message: p.message,
      range: lines.range(p.span),
      source: 'strategy',
    };
    if (p.data) d.data = p.data;
    if (p.related) {
      const related: RelatedLocation[] = [];
      for (const r of p.related) {
        const at = locate ? locate(r.span) : { file: a.file, range: lines.range(r.span) };
        if (at) related.push({ ...at, message: r.message });
      }
      if (related.length) d.related = related;
    }
    return d;
  });
}

/** The diagnostics of one file of a composed strategy; related locations named by real path. */
export function strategyDiagnostics(strategy: ComposedStrategy, file: string): Diagnostic[] {
  const a = strategy.files.get(file);
  if (!a) return [];
  return toDiagnostics(a, (span) => {
    const other = strategy.files.get(span.file ?? file);
    return other ? { file: other.file, range: (other.lines ??= new LineIndex(other.text)).range(span) } : undefined;
  });
}
