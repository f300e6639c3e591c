/** Where the cursor is inside a flow collection (`[a, b]`, `{ k: v }`), possibly unclosed or multi-line. */
import type { Segment } from '../schemaNav';

export interface FlowPosition {
  /** Keys and indexes from the outermost collection to the innermost one that holds the cursor. */
  path: Segment[];
  /** The innermost collection's kind. */
  inner: '[' | '{';
  /** In a mapping, after `key:`: the cursor is at that key's value. */
  key?: string;
  /** Index of the item under the cursor in a sequence. */
  index: number;
  /** Items before the cursor in the innermost sequence, or keys before it in the innermost mapping. */
  seen: string[];
  /** Offset (in the scanned text) where the token under the cursor starts. */
  tokenStart: number;
}

interface Frame {
  type: '[' | '{';
  segment?: Segment;
  seen: string[];
  index: number;
  key?: string;
  token: string;
  tokenStart: number;
}

const CLOSE: Record<string, string> = { '[': ']', '{': '}' };

/**
 * Scans `s`, which starts at a flow collection's opening bracket and ends at the cursor. Returns
 * undefined when every collection was closed before the cursor.
 */
export function scanFlow(s: string): FlowPosition | undefined {
  const stack: Frame[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    const top = stack[stack.length - 1];
    if (c === '[' || c === '{') {
      const segment = !top ? undefined : top.type === '[' ? top.index : top.key;
      stack.push({ type: c, segment, seen: [], index: 0, token: '', tokenStart: i + 1 });
      i++;
      continue;
    }
    if (!top) return undefined;
    if (c === ']' || c === '}') {
      if (CLOSE[top.type] !== c) return undefined;
      stack.pop();
      if (!stack.length) return undefined;
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = quotedEnd(s, i);
      if (top.token === '') top.tokenStart = i;
      top.token += s.slice(i, end);
      i = end;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(s[i - 1]))) {
      const nl = s.indexOf('\n', i);
      i = nl < 0 ? s.length : nl;
      continue;
    }
    if (c === ',') {
      finishItem(top);
      i++;
      top.tokenStart = i;
      continue;
    }
    if (c === ':' && top.type === '{' && top.key === undefined && (i + 1 >= s.length || /[\s,\]}]/.test(s[i + 1]))) {
      top.key = unquote(top.token.trim());
      top.seen.push(top.key);
      top.token = '';
      i++;
      top.tokenStart = i;
      continue;
    }
    if (/\s/.test(c) && top.token === '') {
      i++;
      top.tokenStart = i;
      continue;
    }
    if (top.token === '') top.tokenStart = i;
    top.token += c;
    i++;
  }
  const top = stack[stack.length - 1];
  if (!top) return undefined;
  const path: Segment[] = [];
  for (const f of stack.slice(1)) if (f.segment !== undefined) path.push(f.segment);
  return { path, inner: top.type, key: top.key, index: top.index, seen: top.seen, tokenStart: top.tokenStart };
}

function finishItem(f: Frame): void {
  const token = unquote(f.token.trim());
  if (f.type === '[') {
    if (token) f.seen.push(token);
    f.index++;
  } else if (f.key === undefined && token) f.seen.push(token);
  f.key = undefined;
  f.token = '';
}

/** The items (in a sequence) or keys (in a mapping) after the cursor, up to the collection's end. */
export function restOfFlow(s: string, inner: '[' | '{'): string[] {
  const out: string[] = [];
  let depth = 0;
  let piece = '';
  let first = true;
  const flush = () => {
    if (!first) {
      const t = inner === '{' ? piece.split(/:(?=\s|$)/)[0] : piece;
      const v = unquote(t.trim());
      if (v && !/^[[{]/.test(v)) out.push(v);
    }
    first = false;
    piece = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") {
      const end = quotedEnd(s, i);
      piece += s.slice(i, end);
      i = end - 1;
      continue;
    }
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if (c === ',' && depth === 0) {
      flush();
      continue;
    }
    piece += c;
  }
  flush();
  return out;
}

function quotedEnd(s: string, i: number): number {
  const q = s[i];
  let j = i + 1;
  while (j < s.length) {
    if (q === '"' && s[j] === '\\') j += 2;
    else if (s[j] === q) {
      if (q === "'" && s[j + 1] === "'") j += 2;
      else return j + 1;
    } else j++;
  }
  return s.length;
}

export function unquote(t: string): string {
  if (t.length >= 2 && ((t[0] === '"' && t.endsWith('"')) || (t[0] === "'" && t.endsWith("'")))) return t.slice(1, -1);
  return t;
}
