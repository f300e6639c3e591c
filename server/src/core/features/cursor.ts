/**
 * Where the cursor is, read from the text alone so that it works while typing (an `owner: ` with
 * nothing after it, a `- ` in a list, a half-typed key, an unclosed `[cmo, `): the YAML path of the
 * mapping, sequence or value at the cursor, and what is already there.
 */
import type { Span } from '../types';
import { restOfFlow, scanFlow, unquote } from './cursor/flow';
import { commentStart, isBlockScalarHeader, LineWalker, readLine, type YamlLine } from './cursor/lines';
import type { Segment } from './schemaNav';

interface Common {
  /** The text the completion replaces: the word (or value) under the cursor. */
  replace: Span;
  /** What was typed of it, up to the cursor. */
  word: string;
  /** Leading spaces of the cursor's line. */
  lineIndent: number;
  /** Column where the key, item content or value's key starts. */
  col: number;
}

/** Where a mapping key goes. `path` is the mapping's (in block style, the schema may say it is a sequence or a scalar). */
export interface KeyCursor extends Common {
  kind: 'key';
  path: Segment[];
  /** Keys already in the mapping (the one under the cursor excepted). */
  present: string[];
  /** Scalar items already at this column, when the node turns out to be a sequence. */
  items: string[];
  flow: boolean;
  /** A `:` follows the word: insert the key alone. */
  colonAfter: boolean;
}

/** After `- ` in a block sequence: a new item, which may be a mapping (keys) or a scalar (values). */
export interface ItemCursor extends Common {
  kind: 'item';
  /** The sequence's path. */
  path: Segment[];
  index: number;
  /** Scalar items already in the sequence. */
  present: string[];
  /** Keys already in this item's mapping (on the lines below). */
  presentKeys: string[];
  colonAfter: boolean;
}

/** Where a scalar value goes: after `key: `, or an item of a flow sequence. */
export interface ValueCursor extends Common {
  kind: 'value';
  /** The value's path (ends with the key, or the index in a sequence). */
  path: Segment[];
  /** Other items of the sequence when the value is a sequence item. */
  present: string[];
  flow: boolean;
  /** No space after the colon yet: insert one. */
  needsSpace: boolean;
}

export type CursorContext = KeyCursor | ItemCursor | ValueCursor | { kind: 'none' };

const NONE: CursorContext = { kind: 'none' };
const MAX_FLOW_LOOKAHEAD = 20_000;

type Parent = { path: Segment[]; index: number } | { flowFrom: number; path: Segment[] } | undefined;

/** What opens at a column of a line: a `- ` item, a `key:`, or plain text. */
interface Opener {
  col: number;
  kind: 'dash' | 'key' | 'text';
}

interface Collected {
  keys: string[];
  items: string[];
}

export function cursorContext(text: string, offset: number): CursorContext {
  return new CursorScanner(text, Math.max(0, Math.min(offset, text.length))).context();
}

class CursorScanner {
  private readonly w: LineWalker;
  private readonly lines = new Map<number, YamlLine>();

  constructor(
    private readonly text: string,
    private readonly offset: number,
  ) {
    this.w = new LineWalker(text, offset);
  }

  context(): CursorContext {
    const lineStart = this.w.cursorLineStart;
    const lineText = this.w.lineText(0) ?? '';
    const col = this.offset - lineStart;
    const prefix = lineText.slice(0, col);
    // In a comment, or right after a `-` that has no space yet.
    if (commentStart(prefix) >= 0 || /^[ \t]*(- +)*-$/.test(prefix)) return NONE;
    const head = readLine(prefix);
    if (head.marker) return NONE;
    const suffix = lineText.slice(col);
    const lineIndent = head.indent;
    if (head.key !== undefined) return this.valueContext(head, prefix, lineText, lineStart);
    const rest = head.rest;
    if (rest[0] === '[' || rest[0] === '{') {
      if (!head.dashes.length) return NONE;
      const item = this.parentOf(0, head.contentCol, false, head.dashes);
      return item && 'index' in item ? this.flowContext(item.path, lineStart + head.contentCol) : NONE;
    }
    if (/[\s:,#[\]{}]/.test(rest)) {
      // Not a key or an item: maybe the continuation line of a flow collection opened above.
      const p = this.parentOf(0, head.contentCol, false, head.dashes);
      return p && 'flowFrom' in p ? this.flowContext(p.path, p.flowFrom) : NONE;
    }
    const wordCol = rest ? head.contentCol : col;
    const wordEnd = col + /^[^\s:#,[\]{}]*/.exec(suffix)![0].length;
    const replace = { start: lineStart + wordCol, end: lineStart + wordEnd };
    const colonAfter = /^[^\s:#]*[ \t]*:(\s|$)/.test(suffix);
    const collected: Collected = { keys: [], items: [] };
    if (head.dashes.length) {
      const dashCol = head.dashes[head.dashes.length - 1];
      const seq = this.parentOf(0, dashCol, true, head.dashes.slice(0, -1), collected);
      if (!seq) return NONE;
      if ('flowFrom' in seq) return this.flowContext(seq.path, seq.flowFrom);
      this.collectBelow(dashCol, true, collected);
      return {
        kind: 'item',
        path: seq.path,
        index: seq.index,
        present: collected.items,
        presentKeys: this.itemKeysBelow(head.contentCol),
        replace,
        word: rest,
        lineIndent,
        col: head.contentCol,
        colonAfter,
      };
    }
    const parent = this.parentOf(0, wordCol, false, [], collected);
    if (!parent) return NONE;
    if ('flowFrom' in parent) return this.flowContext(parent.path, parent.flowFrom);
    this.collectBelow(wordCol, false, collected);
    return {
      kind: 'key',
      path: parent.path,
      present: collected.keys,
      items: collected.items,
      replace,
      word: rest,
      flow: false,
      colonAfter,
      lineIndent,
      col: wordCol,
    };
  }

  /** The cursor is after `key:` on its line. */
  private valueContext(head: YamlLine, prefix: string, lineText: string, lineStart: number): CursorContext {
    const parent = this.parentOf(0, head.contentCol, false, head.dashes);
    if (!parent) return NONE;
    if ('flowFrom' in parent) return this.flowContext(parent.path, parent.flowFrom);
    const path = [...parent.path, head.key!];
    const valueCol = head.valueCol!;
    const typed = prefix.slice(valueCol);
    if (typed[0] === '[' || typed[0] === '{') return this.flowContext(path, lineStart + valueCol);
    if (isBlockScalarHeader(typed.trim())) return NONE;
    const quoted = typed[0] === '"' || typed[0] === "'";
    const start = valueCol + (quoted ? 1 : 0);
    const valueEnd = Math.max(prefix.length, stripValueEnd(lineText, valueCol, quoted));
    return {
      kind: 'value',
      path,
      present: [],
      word: quoted ? typed.slice(1) : typed,
      flow: false,
      replace: { start: lineStart + start, end: lineStart + valueEnd },
      needsSpace: typed === '' && !/\s$/.test(prefix),
      lineIndent: head.indent,
      col: head.contentCol,
    };
  }

  private flowContext(basePath: Segment[], flowFrom: number): CursorContext {
    const st = scanFlow(this.text.slice(flowFrom, this.offset));
    if (!st) return NONE;
    const path = [...basePath, ...st.path];
    const after = this.text.slice(this.offset, this.offset + MAX_FLOW_LOOKAHEAD);
    const rest = restOfFlow(after, st.inner);
    const start = flowFrom + st.tokenStart;
    const replace = { start, end: this.offset + /^[^\s,\]}:#]*/.exec(after)![0].length };
    const word = unquote(this.text.slice(start, this.offset));
    const lineIndent = this.w.indentOf(0) === Infinity ? 0 : Math.max(0, this.w.indentOf(0));
    const col = start - this.w.cursorLineStart;
    if (st.inner === '[') {
      return {
        kind: 'value',
        path: [...path, st.index],
        present: [...st.seen, ...rest],
        replace,
        word,
        flow: true,
        needsSpace: false,
        lineIndent,
        col,
      };
    }
    if (st.key !== undefined) {
      const needsSpace = /:$/.test(this.text.slice(flowFrom, this.offset));
      return {
        kind: 'value',
        path: [...path, st.key],
        present: [],
        replace,
        word,
        flow: true,
        needsSpace,
        lineIndent,
        col,
      };
    }
    const colonAfter = /^[^\s,:}]*[ \t]*:/.test(after);
    return {
      kind: 'key',
      path,
      present: [...st.seen, ...rest],
      items: [],
      replace,
      word,
      flow: true,
      colonAfter,
      lineIndent,
      col,
    };
  }

  private read(delta: number): YamlLine {
    let l = this.lines.get(delta);
    if (!l) {
      l = readLine(this.w.lineText(delta) ?? '');
      this.lines.set(delta, l);
    }
    return l;
  }

  /**
   * The collection that holds a node starting at column `col` of line `delta`: a mapping key, or a
   * `- ` item when `dash`. `ownDashes` are the `- ` indicators left of it on its own line.
   * Undefined when the node is really inside a scalar (a block scalar, a multi-line string).
   */
  private parentOf(delta: number, col: number, dash: boolean, ownDashes: number[], collect?: Collected): Parent {
    const left = ownDashes.filter((d) => d < col);
    if (left.length) return this.itemOf(delta, left[left.length - 1], left.slice(0, -1), 0);
    let index = 0;
    for (let i = delta - 1; ; i--) {
      const indent = this.w.indentOf(i);
      if (indent < 0) break;
      if (indent > col) continue;
      const line = this.read(i);
      if (line.marker) break;
      if (line.empty) continue;
      const openers: Opener[] = line.dashes.map((c) => ({ col: c, kind: 'dash' }));
      if (line.key !== undefined) openers.push({ col: line.contentCol, kind: 'key' });
      else if (line.rest) openers.push({ col: line.contentCol, kind: 'text' });
      let skip = false;
      for (let k = openers.length - 1; k >= 0 && !skip; k--) {
        const o = openers[k];
        if (o.col > col) continue;
        const leftDashes = line.dashes.filter((c) => c < o.col);
        if (o.col === col) {
          if (o.kind === 'key' && !dash) collect?.keys.push(line.key!);
          else if (o.kind === 'dash' && dash) {
            index++;
            if (k === line.dashes.length - 1 && line.key === undefined && line.rest)
              collect?.items.push(unquote(line.rest));
          } else if (o.kind === 'dash') {
            // A sequence at our column: ours if we are under its key, else a sibling key's compact list.
            if (k === line.dashes.length - 1 && line.key === undefined && line.rest)
              collect?.items.push(unquote(line.rest));
            skip = true;
          } else if (o.kind === 'key') {
            // `key:` then `- item` at the same column (a compact sequence).
            return line.value === '' ? this.keyParent(i, line, index) : undefined;
          } else skip = true;
          continue;
        }
        if (o.kind === 'dash') return this.itemOf(i, o.col, leftDashes, index);
        if (o.kind === 'text') return undefined;
        const v = line.value!;
        if (v === '') return this.keyParent(i, line, index);
        if ((v[0] === '[' || v[0] === '{') && scanFlow(v)) {
          const p = this.keyParent(i, line, index);
          return p && 'index' in p ? { flowFrom: this.w.start(i) + line.valueCol!, path: p.path } : undefined;
        }
        return undefined;
      }
    }
    return { path: [], index };
  }

  /** The node is inside the item opened by the `- ` at `dashCol` on line `delta`. */
  private itemOf(delta: number, dashCol: number, leftDashes: number[], index: number): Parent {
    const seq = this.parentOf(delta, dashCol, true, leftDashes);
    if (!seq || 'flowFrom' in seq) return seq;
    return { path: [...seq.path, seq.index], index };
  }

  private keyParent(delta: number, line: YamlLine, index: number): Parent {
    const p = this.parentOf(delta, line.contentCol, false, line.dashes);
    if (!p || 'flowFrom' in p) return p;
    return { path: [...p.path, line.key!], index };
  }

  /** Sibling keys (or `- ` items) at `col` on the lines below the cursor, until the collection ends. */
  private collectBelow(col: number, dash: boolean, into: Collected): void {
    for (let i = 1; ; i++) {
      const indent = this.w.indentOf(i);
      if (indent < 0) break;
      if (indent > col) continue;
      const line = this.read(i);
      if (line.marker) break;
      if (line.empty) continue;
      if (indent < col) break;
      if (line.dashes.length) {
        if (line.dashes.length === 1 && line.key === undefined && line.rest) into.items.push(unquote(line.rest));
      } else if (line.key !== undefined) {
        if (dash) break;
        into.keys.push(line.key);
      }
    }
  }

  /** Keys of the mapping that starts on the cursor's line at `col` (after a `- `), on the lines below. */
  private itemKeysBelow(col: number): string[] {
    const keys: string[] = [];
    for (let i = 1; ; i++) {
      const indent = this.w.indentOf(i);
      if (indent < 0) break;
      if (indent > col) continue;
      const line = this.read(i);
      if (line.marker || (!line.empty && indent < col)) break;
      if (!line.empty && !line.dashes.length && line.key !== undefined) keys.push(line.key);
    }
    return keys;
  }
}

/** Column where a block value ends on its line (before a comment or a closing quote). */
function stripValueEnd(line: string, valueCol: number, quoted: boolean): number {
  const value = line.slice(valueCol);
  const c = commentStart(value);
  let v = (c < 0 ? value : value.slice(0, c)).trimEnd();
  if (quoted && v.length > 1 && (v.endsWith('"') || v.endsWith("'"))) v = v.slice(0, -1);
  return valueCol + v.length;
}
