/** Offsets -> 0-based line/character (UTF-16), the edge between the core and its callers. */
import type { Analysis } from './analyze';
import type { Diagnostic, Position, Range, Span } from './types';

export class PositionMapper {
  private readonly lineStarts: number[];

  /** Line starts are always counted here: yaml's LineCounter misses the lines inside a broken token. */
  constructor(private readonly text: string, _ignoredLineCounter?: unknown) {
    this.lineStarts = [0];
    let i = text.indexOf('\n');
    while (i >= 0) {
      this.lineStarts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  offset(pos: Position): number {
    const start = this.lineStarts[Math.max(0, Math.min(pos.line, this.lineStarts.length - 1))] ?? 0;
    return Math.min(this.text.length, start + pos.character);
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
}

export function toDiagnostics(a: Analysis): Diagnostic[] {
  const mapper = (a.positions ??= new PositionMapper(a.text));
  return a.problems.map((p) => {
    const d: Diagnostic = { code: p.code, severity: p.severity, message: p.message, range: mapper.range(p.span), source: 'strategy' };
    if (p.data) d.data = p.data;
    return d;
  });
}
