/** The lines of a text with their line breaks, for moving whole lines between files. */
export class TextLines {
  private readonly starts: number[] = [0];
  /** The file's line break: `\r\n` when its first break is one, else `\n`. */
  readonly eol: string;

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
    const first = text.search(/\r\n|\n|\r/);
    this.eol = first >= 0 && text.startsWith('\r\n', first) ? '\r\n' : '\n';
  }

  get count(): number {
    return this.starts.length;
  }

  /** The 0-based line holding `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  start(line: number): number {
    return this.starts[line];
  }

  /** The offset after the line's break (the next line's start), or the text's end. */
  end(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
  }

  /** The offset of the line's break (the end of its content). */
  contentEnd(line: number): number {
    let end = this.end(line);
    if (end > this.starts[line] && this.text[end - 1] === '\n') end--;
    if (end > this.starts[line] && this.text[end - 1] === '\r') end--;
    return end;
  }

  /** Lines first..last (inclusive), without their breaks. */
  slice(first: number, last: number): string[] {
    const out: string[] = [];
    for (let line = first; line <= last; line++) out.push(this.content(line));
    return out;
  }

  content(line: number): string {
    return this.text.slice(this.starts[line], this.contentEnd(line));
  }

  isBlank(line: number): boolean {
    return this.content(line).trim() === '';
  }

  isComment(line: number): boolean {
    return this.content(line).trimStart().startsWith('#');
  }

  /** The column of the line's first character other than a space. */
  indentation(line: number): number {
    const content = this.content(line);
    return content.length - content.trimStart().length;
  }

  column(offset: number): number {
    return offset - this.starts[this.lineOf(offset)];
  }

  /** Whether only spaces come before `offset` on its line. */
  startsAt(line: number, offset: number, text: string): boolean {
    return text.slice(this.starts[line], offset).trim() === '';
  }
}
