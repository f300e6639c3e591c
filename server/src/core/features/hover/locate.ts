/** The key or scalar under an offset in the plain tree, with its YAML path. */
import type { MapEntry, TreeNode } from '../../parse/tree';
import type { Span } from '../../types';
import type { Segment } from '../schemaNav';

export type TreeHit =
  | { on: 'key'; path: Segment[]; span: Span; entry: MapEntry }
  | { on: 'value'; path: Segment[]; span: Span; value: string | number | boolean };

const within = (s: Span, offset: number) => s.start <= offset && offset < s.end;

export function locate(root: TreeNode, offset: number): TreeHit | undefined {
  const path: Segment[] = [];
  let node: TreeNode = root;
  for (;;) {
    if (node.kind === 'scalar') {
      return node.value === null || !within(node.span, offset)
        ? undefined
        : { on: 'value', path, span: node.span, value: node.value };
    }
    let next: TreeNode | undefined;
    if (node.kind === 'map') {
      for (const e of node.entries) {
        if (within(e.keySpan, offset)) return { on: 'key', path: [...path, e.key], span: e.keySpan, entry: e };
        if (e.value && within(e.value.span, offset)) {
          path.push(e.key);
          next = e.value;
          break;
        }
      }
    } else {
      const i = node.items.findIndex((it) => it !== null && within(it.span, offset));
      if (i >= 0) {
        path.push(i);
        next = node.items[i]!;
      }
    }
    if (!next || next === node) return undefined;
    node = next;
  }
}
