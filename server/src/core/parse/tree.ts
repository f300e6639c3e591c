/**
 * A plain tree over the YAML document: every node knows its span, aliases are expanded (a value
 * reached through an alias carries the alias's span) and the number of expanded nodes is bounded.
 */
import type { Span } from '../types';

export interface MapEntry {
  key: string;
  keySpan: Span;
  /** null when the value is empty or `null`. */
  value: TreeNode | null;
  /** Set when this key was already given earlier in the same mapping. */
  duplicate?: boolean;
}

export type TreeNode =
  | { kind: 'map'; span: Span; entries: MapEntry[] }
  | { kind: 'seq'; span: Span; items: (TreeNode | null)[] }
  | { kind: 'scalar'; span: Span; value: string | number | boolean | null };

export function entry(node: TreeNode | null | undefined, key: string): MapEntry | undefined {
  if (!node || node.kind !== 'map') return undefined;
  if (node.entries.length <= INDEXED_FROM) return node.entries.find((e) => e.key === key && !e.duplicate);
  let index = keyIndexes.get(node);
  if (!index) {
    index = new Map();
    for (const e of node.entries) if (!e.duplicate && !index.has(e.key)) index.set(e.key, e);
    keyIndexes.set(node, index);
  }
  return index.get(key);
}

/** Mappings with more entries than this get a key index, so that lookups in a file of 100k keys stay linear overall. */
const INDEXED_FROM = 32;
/** Trees are never changed once built: an index stays valid for as long as its mapping lives. */
const keyIndexes = new WeakMap<TreeNode, Map<string, MapEntry>>();

/** The value of a key, or undefined when absent or empty. */
export function child(node: TreeNode | null | undefined, key: string): TreeNode | undefined {
  return entry(node, key)?.value ?? undefined;
}

/** Plain JSON-like data for the schema: empty and null values are dropped (they count as absent). */
export function toData(node: TreeNode | null): unknown {
  if (!node) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map((i) => toData(i));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) {
        if (e.duplicate || e.value === null) continue;
        out[e.key] = toData(e.value);
      }
      return out;
    }
  }
}

/** Follows a JSON pointer-like path of keys and indexes. */
export function nodeAt(root: TreeNode | null, path: readonly (string | number)[]): TreeNode | null | undefined {
  let cur: TreeNode | null | undefined = root;
  for (const seg of path) {
    if (!cur) return undefined;
    if (cur.kind === 'map') cur = entry(cur, String(seg))?.value;
    else if (cur.kind === 'seq') cur = cur.items[Number(seg)];
    else return undefined;
  }
  return cur;
}
