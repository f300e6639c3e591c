/** Offsets -> 0-based line/character (UTF-16), the edge between the core and its callers. */
import type { Analysis } from './analyze';
import type { Diagnostic, Position, Range, RelatedLocation, Span } from './types';

export class PositionMapper {
  private readonly lineStarts: number[];

  /**
   * Line starts are always counted here: yaml's LineCounter misses the lines inside a broken token.
   * Lines end as LSP (and YAML 1.2) end them: at `\n`, `\r\n` or a lone `\r`.
   */
  constructor(private readonly text: string, _ignoredLineCounter?: unknown) {
    this.lineStarts = [0];
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): Position {
    let o = Math.max(0, Math.min(offset, this.text.length));
    // Between the \r and the \n of a line break is the end of the line, as the client counts it.
    if (o > 0 && this.text.charCodeAt(o) === 10 && this.text.charCodeAt(o - 1) === 13) o--;
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

/**
 * Where a span of another file is (composition): its file's name and range. Without one, a related
 * span is in the analysed file itself.
 */
export type Locate = (span: Span) => { file: string; range: Range } | undefined;

export function toDiagnostics(a: Analysis, locate?: Locate): Diagnostic[] {
  const mapper = (a.positions ??= new PositionMapper(a.text));
  return a.problems.map((p) => {
    const d: Diagnostic = { code: p.code, severity: p.severity, message: p.message, range: mapper.range(p.span), source: 'strategy' };
    if (p.data) d.data = p.data;
    if (p.related) {
      const related: RelatedLocation[] = [];
      for (const r of p.related) {
        const at = locate ? locate(r.span) : { file: a.file, range: mapper.range(r.span) };
        if (at) related.push({ ...at, message: r.message });
      }
      if (related.length) d.related = related;
    }
    return d;
  });
}
