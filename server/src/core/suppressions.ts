/**
 * `# strategy-disable-next-line CODE[, CODE]` and `# strategy-disable CODE[, CODE]` comments.
 * Comments are found with the YAML lexer, so a `#` inside a quoted string or block scalar is no comment.
 */
import { Lexer } from 'yaml';
import type { LineIndex } from './lines';

export interface Suppressions {
  /** Codes disabled for the whole file; '*' disables all. */
  file: Set<string>;
  /** 0-based line -> codes disabled on that line ('*' for all). */
  lines: Map<number, Set<string>>;
}

const DIRECTIVE = /^#\s*strategy-(disable-next-line|disable)(?=\s|$)(.*)$/;
/**
 * yaml's lexer emits these one-character control tokens, which stand for no source text. (Its
 * byte-order-mark token is the file's real first character: it counts, or a file saved with a BOM
 * would have every directive's position one character early, and a directive at a line start
 * would cover its own line instead of the next.)
 */
const CONTROL = new Set(['\x02', '\x18', '\x1f']);

export function findSuppressions(text: string, lines: LineIndex): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  if (!text.includes('strategy-disable')) return result;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const start = offset;
    if (!(token.length === 1 && CONTROL.has(token))) offset += token.length;
    if (token[0] !== '#' || !token.includes('strategy-disable')) continue;
    const m = DIRECTIVE.exec(token.trimEnd());
    if (!m) continue;
    const codes = parseCodes(m[2]);
    if (m[1] === 'disable') {
      for (const c of codes) result.file.add(c);
    } else {
      const line = lines.position(start).line + 1; // the physically next line
      const set = result.lines.get(line) ?? new Set<string>();
      for (const c of codes) set.add(c);
      result.lines.set(line, set);
    }
  }
  return result;
}

function parseCodes(rest: string): string[] {
  const body = rest.split(/\s--\s/)[0];
  const codes = body.split(/[\s,]+/).filter(Boolean);
  return codes.length ? codes : ['*'];
}

export function isSuppressed(s: Suppressions, code: string, line: number): boolean {
  if (s.file.has('*') || s.file.has(code)) return true;
  if (line === 0) return false;
  const set = s.lines.get(line);
  return !!set && (set.has('*') || set.has(code));
}
