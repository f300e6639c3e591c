/** The path of keys and list positions from a file's root to the node at an offset. */
import type { MapEntry, TreeNode } from '../parse/tree';
import type { Span } from '../types';

export type Segment = string | number;

export interface NodePath {
  path: Segment[];
  /** Set when the offset is on the last segment's key, not inside its value. */
  atKey: boolean;
}

export function pathAt(root: TreeNode | null | undefined, offset: number): NodePath {
  const path: Segment[] = [];
  let node: TreeNode | null | undefined = root;
  while (node) {
    if (node.kind === 'map') {
      const holds = (x: MapEntry) => contains(x.keySpan, offset) || (!!x.value && contains(x.value.span, offset));
      const e = find(node.entries, offset, (x) => x.keySpan.start, holds);
      if (!e) break;
      if (contains(e.keySpan, offset)) return { path: [...path, e.key], atKey: true };
      path.push(e.key);
      node = e.value;
    } else if (node.kind === 'seq') {
      const holds = (x: TreeNode | null) => !!x && contains(x.span, offset);
      const i = findIndex(node.items, offset, (x) => x?.span.start ?? -1, holds);
      if (i < 0) break;
      path.push(i);
      node = node.items[i];
    } else break;
  }
  return { path, atKey: false };
}

function contains(span: Span, offset: number): boolean {
  return span.start === offset || (span.start <= offset && offset < span.end);
}

function find<T>(list: readonly T[], offset: number, start: (x: T) => number, holds: (x: T) => boolean): T | undefined {
  const i = findIndex(list, offset, start, holds);
  return i >= 0 ? list[i] : undefined;
}

/**
 * The entry that holds the offset: a binary search over entries in document order, then (empty list
 * items, aliases out of order) a scan.
 */
function findIndex<T>(list: readonly T[], offset: number, start: (x: T) => number, holds: (x: T) => boolean): number {
  const guess = lastStartingAtOrBefore(list, offset, start);
  if (guess >= 0 && holds(list[guess])) return guess;
  return list.findIndex(holds);
}

function lastStartingAtOrBefore<T>(list: readonly T[], offset: number, start: (x: T) => number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = start(list[mid]);
    if (s <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
