/**
 * Offsets -> 0-based line and character (UTF-16 code units), for the callers that show lines: the
 * suppression comments, the renderer's click-to-source lines, the command line's `file:line:col`. The
 * core works in offsets; LSP positions are made in the LSP adapter (lsp/convert.ts), over this index.
 */
import type { LineColumn, Span } from './types';

export class LineIndex {
  private readonly lineStarts: number[];

  /** Lines end as LSP (and YAML 1.2) end them: at `\n`, `\r\n` or a lone `\r`. */
  constructor(private readonly text: string) {
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

  position(offset: number): LineColumn {
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

  offset(pos: LineColumn): number {
    const start = this.lineStarts[Math.max(0, Math.min(pos.line, this.lineStarts.length - 1))] ?? 0;
    return Math.min(this.text.length, start + pos.character);
  }

  range(span: Span): { start: LineColumn; end: LineColumn } {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
}
