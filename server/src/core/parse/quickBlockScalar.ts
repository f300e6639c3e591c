/**
 * `|` and `>` block scalars for the fast reader, with the default (clip) or strip (`-`) chomping.
 * A folded scalar must keep one indentation (no more-indented lines); keep chomping (`+`), explicit
 * indentation, leading blank lines, lines of spaces and a last line without a newline return BAIL.
 */
import { afterLine, BAIL, contentEnd, skipSpaces } from './quickScalar';

export interface BlockScalarRead {
  value: string;
  /** Just after the newline of the last content line: where yaml's range of the scalar ends. */
  end: number;
}

/** Reads the block scalar whose indicator is at `v`, inside a collection indented `parentIndent`. */
export function readBlockScalar(
  text: string,
  v: number,
  headerEnd: number,
  parentIndent: number,
): BlockScalarRead | typeof BAIL {
  const literal = text.charCodeAt(v) === 124;
  let h = v + 1;
  const strip = text.charCodeAt(h) === 45;
  if (strip) h++;
  if (h < headerEnd && text.charCodeAt(h) !== 32) return BAIL; // `+`, an indentation digit, or text
  h = skipSpaces(text, h, headerEnd);
  if (h < headerEnd && text.charCodeAt(h) !== 35) return BAIL;
  const n = text.length;
  if (headerEnd >= n) return BAIL;
  const lines: string[] = [];
  let contentIndent = -1;
  let pos = afterLine(text, headerEnd);
  let end = -1;
  let blanks = 0;
  while (pos < n) {
    const lineEnd = contentEnd(text, pos);
    const i = skipSpaces(text, pos, lineEnd);
    const indent = i - pos;
    if (i === lineEnd) {
      if (indent > 0 || contentIndent < 0) return BAIL; // spaces-only lines, leading blank lines
      blanks++;
    } else {
      if (contentIndent < 0) {
        if (indent <= parentIndent || text.charCodeAt(i) === 35) return BAIL;
        contentIndent = indent;
      }
      if (indent < contentIndent) {
        if (indent > parentIndent) return BAIL;
        break;
      }
      if (indent > contentIndent && !literal) return BAIL;
      if (lineEnd >= n) return BAIL;
      // One push per blank line: spreading a long run of them as arguments overflows the stack.
      for (; blanks > 0; blanks--) lines.push('');
      lines.push(text.slice(pos + contentIndent, lineEnd));
      end = afterLine(text, lineEnd);
    }
    pos = afterLine(text, lineEnd);
  }
  if (end < 0) return BAIL;
  const body = literal ? lines.join('\n') : fold(lines);
  return { value: strip ? body : `${body}\n`, end };
}

/** Folding: a line break between two lines becomes a space; each blank line between them, a line break. */
function fold(lines: readonly string[]): string {
  let out = '';
  let blanks = 0;
  for (const line of lines) {
    if (line === '') {
      blanks++;
      continue;
    }
    if (out !== '' || blanks) out += blanks ? '\n'.repeat(blanks) : ' ';
    out += line;
    blanks = 0;
  }
  return out;
}
