/**
 * Reads YAML lines for their block structure (indentation, `- ` indicators, a key and its value)
 * without parsing the document, so that it works on half-typed text. Lines are found on demand
 * around an offset: a completion deep in a large file reads only the lines it walks over.
 */

export interface YamlLine {
  /** Leading spaces. */
  indent: number;
  /** Columns of the `- ` indicators that open the line, left to right. */
  dashes: number[];
  /** Column where the content after the indent and the indicators starts. */
  contentCol: number;
  /** A `key:` at contentCol, when the line has one. */
  key?: string;
  /** The key's value without a trailing comment, trimmed ('' when empty); set with key. */
  value?: string;
  /** Column where the value starts (after `key:` and spaces); set with key. */
  valueCol?: number;
  /** The content after the indicators when there is no key, without comment, trimmed. */
  rest: string;
  /** Blank, or only a comment. */
  empty: boolean;
  /** A `---` or `...` document marker. */
  marker: boolean;
}

/** `key:` (plain, or quoted) followed by a space or the end of the text. */
const KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"[\]{},&*!|>%@`][^#]*?))[ \t]*:(?=[ \t]|$)/;
const DASHES = /^( *)((?:-(?:[ \t]+|$))*)/;

export function readLine(line: string): YamlLine {
  const d = DASHES.exec(line)!;
  const indent = d[1].length;
  const dashes: number[] = [];
  let col = indent;
  for (const m of d[2].matchAll(/-[ \t]*/g)) {
    dashes.push(col);
    col += m[0].length;
  }
  const content = stripComment(line.slice(col));
  const marker = indent === 0 && dashes.length === 0 && /^(---|\.\.\.)(\s|$)/.test(line);
  const out: YamlLine = { indent, dashes, contentCol: col, rest: '', empty: false, marker };
  const k = KEY.exec(content);
  if (k) {
    out.key = k[1] ?? (k[2] !== undefined ? k[2].replace(/''/g, "'") : k[3].trimEnd());
    const after = content.slice(k[0].length);
    const lead = after.length - after.trimStart().length;
    out.valueCol = col + k[0].length + lead;
    out.value = withoutProperties(after.trim());
  } else {
    out.rest = content.trim();
    out.empty = out.rest === '' && dashes.length === 0;
  }
  return out;
}

/** Drops a leading anchor or tag (`&a`, `!tag`), which does not make a value. */
function withoutProperties(v: string): string {
  return v.replace(/^(?:[&!]\S*\s*)+/, '');
}

/** The text before a comment (`#` at the start or after a space, outside quotes). */
export function stripComment(s: string): string {
  const at = commentStart(s);
  return at < 0 ? s : s.slice(0, at);
}

export function commentStart(s: string): number {
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) {
        if (quote === "'" && s[i + 1] === "'") i++;
        else quote = '';
      }
      continue;
    }
    if (c === '#' && (i === 0 || s[i - 1] === ' ' || s[i - 1] === '\t')) return i;
    // A quote opens a string only where a scalar can start.
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(s[i - 1]))) quote = c;
  }
  return -1;
}

/** A block scalar indicator (`|`, `>-`, `|2+`...): the lines below are text, not structure. */
export function isBlockScalarHeader(value: string): boolean {
  return /^[|>][0-9+-]*$/.test(value);
}

/** Line access by number around an offset, computed lazily from the text. */
export class LineWalker {
  /** Start offsets of the cursor's line (index 0) and the lines above it (index k: k lines up). */
  private readonly above: number[];
  /** Start offsets of the cursor's line (index 0) and the lines below it; -1 beyond the text. */
  private readonly below: number[];
  /** Start offset of the cursor's line (line 0; the lines above are -1, -2...). */
  readonly cursorLineStart: number;

  constructor(
    private readonly text: string,
    offset: number,
  ) {
    this.cursorLineStart = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0; // lastIndexOf(-1) would look at 0
    this.above = [this.cursorLineStart];
    this.below = [this.cursorLineStart];
  }

  /** Start offset of the line `delta` lines from the cursor's line, or -1 beyond the text. */
  start(delta: number): number {
    if (delta <= 0) {
      const up = this.above;
      while (up.length <= -delta) {
        const prev = up[up.length - 1];
        up.push(prev <= 0 ? -1 : this.text.lastIndexOf('\n', prev - 2) + 1);
      }
      return up[-delta];
    }
    const down = this.below;
    while (down.length <= delta) {
      const prev = down[down.length - 1];
      const nl = prev < 0 ? -1 : this.text.indexOf('\n', prev);
      down.push(nl < 0 ? -1 : nl + 1);
    }
    return down[delta];
  }

  /** The text of a line (without its line break), or undefined beyond the text. */
  lineText(delta: number): string | undefined {
    const s = this.start(delta);
    if (s < 0) return undefined;
    const nl = this.text.indexOf('\n', s);
    const e = nl < 0 ? this.text.length : nl;
    return this.text.slice(s, e > s && this.text[e - 1] === '\r' ? e - 1 : e);
  }

  /** Indentation of a line without reading the rest of it: Infinity for a blank line, -1 beyond the text. */
  indentOf(delta: number): number {
    const s = this.start(delta);
    if (s < 0) return -1;
    let j = s;
    while (j < this.text.length && this.text.charCodeAt(j) === 32) j++;
    const c = this.text.charCodeAt(j);
    return j >= this.text.length || c === 10 || c === 13 ? Infinity : j - s;
  }
}
