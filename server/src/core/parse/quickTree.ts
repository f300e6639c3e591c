/**
 * The fast reader: the plain tree (tree.ts) of the block YAML that strategy files are made of, read
 * line by line in one pass, about twenty times faster than `yaml`'s parse and compose. It knows
 * block mappings and sequences, plain and single-line quoted scalars, one-line flow collections,
 * `|` and `>` block scalars, comments and blank lines, and gives every node the span `yaml` gives it
 * (including where trailing comment lines end a collection, as yaml's parser attaches them).
 * Line ends are LF or CRLF. Anything else (anchors, aliases, tags, multi-line plain or quoted
 * scalars, tabs, a lone CR, a second document, a null followed by comments...) returns BAIL and the
 * caller parses with `yaml`: the result is either exactly what the `yaml` path gives or nothing. A
 * property test holds it to that.
 */
import type { MapEntry, TreeNode } from './tree';
import { readFlow } from './quickFlow';
import {
  afterLine,
  BAIL,
  contentEnd,
  keyText,
  plainMayStart,
  readQuoted,
  resolvePlain,
  skipSpaces,
} from './quickScalar';
import { readBlockScalar } from './quickBlockScalar';

/** What the last item of a collection holds, and where yaml's range of it ends (its range[2]). */
type Last =
  | { kind: 'end' | 'block' | 'nested' | 'null'; r2: number }
  | { kind: 'pending'; gap: boolean; r2: number; ownComment?: boolean; set: (v: TreeNode | null) => void };

interface Frame {
  node: Extract<TreeNode, { kind: 'map' | 'seq' }>;
  indent: number;
  seen?: Set<string>;
  last: Last;
}

const MAX_FRAMES = 64;
const MAX_KEY = 1000;
/** Characters the fast reader leaves to yaml wherever they are (a CR only before a LF: CRLF line ends are read). */
const UNSUPPORTED = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]|\r(?!\n)/;

/** The tree of `text` (spans shifted by `base`), or BAIL when `yaml` must read it. */
export function quickTree(text: string, base = 0): TreeNode | typeof BAIL {
  if (UNSUPPORTED.test(text)) return BAIL;
  try {
    return new QuickReader(text, base).read();
  } catch (e) {
    if (e === BAILED) return BAIL;
    throw e;
  }
}

const BAILED = new Error('quickTree: leave it to yaml');
function bail(): never {
  throw BAILED;
}

class QuickReader {
  private stack: Frame[] = [];
  /** Comment lines since the last content line, for the innermost collection: the deepest column seen. */
  private gapCommentCol = -1;

  constructor(
    private readonly text: string,
    private readonly base: number,
  ) {}

  read(): TreeNode {
    const { text } = this;
    const n = text.length;
    let pos = 0;
    while (pos < n) {
      const lineEnd = contentEnd(text, pos);
      const next = afterLine(text, lineEnd);
      const i = skipSpaces(text, pos, lineEnd);
      if (i === lineEnd) this.gapLine(-1, next);
      else if (text.charCodeAt(i) === 35) this.gapLine(i - pos, next);
      else pos = this.content(pos, i, lineEnd);
      pos = Math.max(pos, next);
    }
    this.resolvePending(n);
    while (this.stack.length > 1) this.close(n);
    if (!this.stack.length) bail();
    return this.close(n);
  }

  /** A blank line (col -1) or a comment line at `col`, ending (newline included) at `next`. */
  private gapLine(col: number, next: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    const last = top.last;
    if (last.kind === 'pending') last.gap = true;
    else if (col < 0) return;
    else if (this.gapCommentCol < 0 && col > top.indent && last.kind === 'end') last.r2 = next;
    else this.gapCommentCol = Math.max(this.gapCommentCol, col);
  }

  /** A content line whose first character is at `i`; returns where reading goes on. */
  private content(lineStart: number, i: number, lineEnd: number): number {
    const { text } = this;
    const col = i - lineStart;
    if (col === 0 && /^(---|\.\.\.)( |$)|^%/.test(text.slice(i, Math.min(lineEnd, i + 4)))) bail();
    const dash = isDash(text, i, lineEnd);
    const top = this.stack[this.stack.length - 1];
    if (top?.last.kind === 'pending') {
      const deeper = col > top.indent || (dash && top.node.kind === 'map' && col === top.indent);
      if (deeper) return this.open(col, i, lineEnd, dash, top.last.set);
      this.resolvePending(i);
    }
    for (;;) {
      const f = this.stack[this.stack.length - 1];
      if (!f) {
        return this.open(col, i, lineEnd, dash, () => undefined);
      }
      if (col < f.indent || (col === f.indent && f.node.kind === 'seq' && !dash)) {
        if (this.stack.length === 1) bail(); // content after the root collection
        this.close(i);
        continue;
      }
      if (col > f.indent || dash !== (f.node.kind === 'seq')) bail();
      const commentBefore = this.gapCommentCol >= 0;
      this.gapCommentCol = -1;
      return f.node.kind === 'seq' ? this.seqItem(f, i, lineEnd, commentBefore) : this.mapEntry(f, i, lineEnd);
    }
  }

  /** Opens a collection at `col` whose first item is on this line. */
  private open(col: number, i: number, lineEnd: number, dash: boolean, set: (v: TreeNode) => void): number {
    if (this.stack.length >= MAX_FRAMES) bail();
    const span = { start: i + this.base, end: i + this.base };
    const node: Frame['node'] = dash ? { kind: 'seq', span, items: [] } : { kind: 'map', span, entries: [] };
    const f: Frame = { node, indent: col, last: { kind: 'end', r2: i } };
    if (!dash) f.seen = new Set();
    set(node);
    this.stack.push(f);
    this.gapCommentCol = -1;
    return dash ? this.seqItem(f, i, lineEnd) : this.mapEntry(f, i, lineEnd);
  }

  /** `commentBefore`: comment lines before the `-` that yaml counts as this item's own. */
  private seqItem(f: Frame, i: number, lineEnd: number, commentBefore = false): number {
    const { text } = this;
    const items = (f.node as Extract<TreeNode, { kind: 'seq' }>).items;
    const v = skipSpaces(text, i + 1, lineEnd);
    const index = items.push(null) - 1;
    const set = (node: TreeNode | null): void => void (items[index] = node);
    if (v < lineEnd && text.charCodeAt(v) !== 35 && keyColon(text, v, lineEnd) >= 0) {
      f.last = { kind: 'nested', r2: v };
      return this.open(v - i + f.indent, v, lineEnd, false, set);
    }
    if (isDash(text, v, lineEnd)) bail();
    const read = this.value(f, v, lineEnd, set);
    // Comment lines before the `-` of an empty item are its own: its range ends where the next content starts.
    if (commentBefore && f.last.kind === 'pending') f.last.ownComment = true;
    return read;
  }

  private mapEntry(f: Frame, i: number, lineEnd: number): number {
    const { text, base } = this;
    const colon = keyColon(text, i, lineEnd);
    if (colon < 0 || colon - i > MAX_KEY || !plainMayStart(text, i) || text.charCodeAt(colon - 1) === 32) bail();
    const source = text.slice(i, colon);
    if (source.includes(':')) bail();
    const resolved = resolvePlain(source);
    if (resolved === BAIL) bail();
    const key = keyText(resolved);
    const e: MapEntry = { key, keySpan: { start: i + base, end: colon + base }, value: null };
    if (f.seen!.has(key)) e.duplicate = true;
    f.seen!.add(key);
    (f.node as Extract<TreeNode, { kind: 'map' }>).entries.push(e);
    const v = skipSpaces(text, colon + 1, lineEnd);
    return this.value(f, v, lineEnd, (node) => void (e.value = node));
  }

  /**
   * The value after `: ` or `- `, whose first character is at `v` (a key's `:` and an item's `-` are
   * always followed by a space or the line's end, so `v` is past a blank).
   */
  private value(f: Frame, v: number, lineEnd: number, set: (v: TreeNode | null) => void): number {
    const { text, base } = this;
    const next = afterLine(text, lineEnd);
    const c = text.charCodeAt(v);
    if (v >= lineEnd || c === 35) {
      f.last = { kind: 'pending', gap: v < lineEnd, r2: v, set };
      return next;
    }
    if (c === 124 || c === 62) {
      const block = readBlockScalar(text, v, lineEnd, f.indent);
      if (!block) bail();
      set({ kind: 'scalar', span: { start: v + base, end: block.end + base }, value: block.value });
      f.last = { kind: 'block', r2: block.end };
      return block.end;
    }
    let end: number;
    if (c === 34 || c === 39) {
      const q = readQuoted(text, v, lineEnd);
      if (!q) bail();
      set({ kind: 'scalar', span: { start: v + base, end: q.end + base }, value: q.value });
      end = q.end;
    } else if (c === 91 || c === 123) {
      const flow = readFlow(text, v, lineEnd, base);
      if (!flow) bail();
      set(flow.node);
      end = flow.end;
    } else {
      end = this.plain(v, lineEnd, set);
    }
    const j = skipSpaces(text, end, lineEnd);
    if (j < lineEnd && (text.charCodeAt(j) !== 35 || j === end)) bail();
    f.last = { kind: 'end', r2: next };
    return next;
  }

  private plain(v: number, lineEnd: number, set: (v: TreeNode | null) => void): number {
    const { text } = this;
    if (!plainMayStart(text, v)) bail();
    let end = v + 1;
    while (end < lineEnd && !(text.charCodeAt(end) === 35 && text.charCodeAt(end - 1) === 32)) end++;
    while (end > v && text.charCodeAt(end - 1) === 32) end--;
    const source = text.slice(v, end);
    if (source.includes(': ') || source.endsWith(':')) bail();
    const value = resolvePlain(source);
    if (value === BAIL) bail();
    set(value === null ? null : { kind: 'scalar', span: { start: v + this.base, end: end + this.base }, value });
    return end;
  }

  /** The pending empty value of the innermost collection becomes null; the next content starts at `next`. */
  private resolvePending(next: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top || top.last.kind !== 'pending') return;
    if (top.last.gap) bail(); // comments or blank lines after an empty value: yaml splits them subtly
    top.last.set(null);
    top.last = { kind: 'null', r2: top.last.ownComment ? next : top.last.r2 };
  }

  /** Closes the innermost collection; `next` is where the next content starts (the text's end at the end). */
  private close(next: number): TreeNode {
    const f = this.stack.pop()!;
    if (f.last.kind === 'pending') bail();
    const r1 = f.last.r2;
    f.node.span.end = r1 + this.base;
    let r2 = r1;
    if (this.gapCommentCol >= 0 && f.indent > 0 && this.gapCommentCol >= f.indent) {
      r2 = next; // yaml keeps trailing comment lines as deep as this collection with it
      this.gapCommentCol = -1;
    }
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.last = { kind: 'nested', r2 };
    return f.node;
  }
}

/** A `-` that opens a sequence item (followed by a space or the line's end). */
function isDash(text: string, i: number, lineEnd: number): boolean {
  return text.charCodeAt(i) === 45 && (i + 1 === lineEnd || text.charCodeAt(i + 1) === 32);
}

/**
 * Where the `:` of an implicit key on this line is (followed by a space or the line's end), or -1
 * when the line holds no key before a comment, or starts with a quote or a flow bracket (a quoted or
 * flow key is left to yaml by the caller).
 */
function keyColon(text: string, i: number, lineEnd: number): number {
  const c = text.charCodeAt(i);
  if (c === 34 || c === 39 || c === 91 || c === 123) return -1;
  for (let j = i; j < lineEnd; j++) {
    const d = text.charCodeAt(j);
    if (d === 58) {
      const n = text.charCodeAt(j + 1);
      if (j + 1 === lineEnd || n === 32) return j;
    } else if (d === 35 && text.charCodeAt(j - 1) === 32) return -1;
  }
  return -1;
}
