/**
 * One-line flow collections for the fast reader: `[a, "b c"]` and `{ cadence: monthly, last: 2026-11-12 }`
 * of plain and quoted scalars. Nested collections, empty entries, multi-line flows and anything
 * else return BAIL, and the file goes to `yaml`.
 */
import type { MapEntry, TreeNode } from './tree';
import { BAIL, keyText, plainMayStart, readQuoted, resolvePlain, skipSpaces } from './quickScalar';

export interface FlowRead {
  node: TreeNode;
  /** Offset just after the closing bracket. */
  end: number;
}

type Scalar = Extract<TreeNode, { kind: 'scalar' }>;

interface ItemRead {
  node: TreeNode | null;
  end: number;
}

/** Flow collections nest this deep at most (yaml's limit is far higher; deeper ones go to yaml). */
const MAX_FLOW_DEPTH = 8;

/** Reads the flow collection opening at `pos` (a `[` or `{`), which must close before `lineEnd`. */
export function readFlow(text: string, pos: number, lineEnd: number, base: number, depth = 0): FlowRead | typeof BAIL {
  if (depth > MAX_FLOW_DEPTH) return BAIL;
  const isMap = text.charCodeAt(pos) === 123;
  const close = isMap ? 125 : 93;
  const items: (TreeNode | null)[] = [];
  const entries: MapEntry[] = [];
  const seen = new Set<string>();
  let i = skipSpaces(text, pos + 1, lineEnd);
  if (text.charCodeAt(i) === close) return done(i + 1);
  for (;;) {
    const first = readItem(text, i, lineEnd, base, depth);
    if (!first) return BAIL;
    i = skipSpaces(text, first.end, lineEnd);
    if (isMap) {
      if (first.node?.kind !== 'scalar' || text.charCodeAt(i) !== 58) return BAIL; // a scalar key, then `:`
      i = skipSpaces(text, i + 1, lineEnd);
      const value = readItem(text, i, lineEnd, base, depth);
      if (!value || !value.node) return BAIL;
      i = skipSpaces(text, value.end, lineEnd);
      const key = keyText(first.node.value);
      const e: MapEntry = { key, keySpan: first.node.span, value: value.node };
      if (seen.has(key)) e.duplicate = true;
      seen.add(key);
      entries.push(e);
    } else {
      if (!first.node) return BAIL;
      items.push(first.node);
    }
    const c = text.charCodeAt(i);
    if (c === close) return done(i + 1);
    if (c !== 44) return BAIL;
    i = skipSpaces(text, i + 1, lineEnd);
    if (text.charCodeAt(i) === close || text.charCodeAt(i) === 44) return BAIL; // no trailing or empty entries
  }

  function done(end: number): FlowRead {
    const span = { start: pos + base, end: end + base };
    const node: TreeNode = isMap ? { kind: 'map', span, entries } : { kind: 'seq', span, items };
    return { node, end };
  }
}

/** A plain or quoted scalar, or a nested flow collection, inside a flow collection. */
function readItem(text: string, i: number, lineEnd: number, base: number, depth: number): ItemRead | typeof BAIL {
  const c = text.charCodeAt(i);
  if (i >= lineEnd) return BAIL;
  if (c === 91 || c === 123) {
    const inner = readFlow(text, i, lineEnd, base, depth + 1);
    return inner && { node: inner.node, end: inner.end };
  }
  if (c === 34 || c === 39) {
    const q = readQuoted(text, i, lineEnd);
    if (!q) return BAIL;
    return { node: scalar(q.value, i, q.end, base), end: q.end };
  }
  if (!plainMayStart(text, i)) return BAIL;
  let j = i;
  let last = i; // just after the last non-space character
  for (; j < lineEnd; j++) {
    const d = text.charCodeAt(j);
    if (d === 44 || d === 91 || d === 93 || d === 123 || d === 125) break;
    if (d === 58) {
      const n = text.charCodeAt(j + 1);
      if (n === 32 || n === 44 || n === 93 || n === 125 || j + 1 >= lineEnd) break;
      return BAIL; // a colon inside a flow scalar: leave it to yaml
    }
    if (d === 35 && text.charCodeAt(j - 1) === 32) return BAIL; // a comment inside the flow
    if (d !== 32) last = j + 1;
  }
  const source = text.slice(i, last);
  const value = resolvePlain(source);
  if (value === BAIL) return BAIL;
  return { node: value === null ? null : scalar(value, i, last, base), end: last };
}

function scalar(value: string | number | boolean, start: number, end: number, base: number): Scalar {
  return { kind: 'scalar', span: { start: start + base, end: end + base }, value };
}
