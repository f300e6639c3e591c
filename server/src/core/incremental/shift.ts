/** Moves a block's tree and problems by `delta` characters: cheaper than converting the YAML again. */
import type { MapEntry, TreeNode } from '../parse/tree';
import type { Problem, Span } from '../types';

const move = (s: Span, delta: number): Span => ({ start: s.start + delta, end: s.end + delta });

export function shiftNode(node: TreeNode | null, delta: number): TreeNode | null {
  if (!node) return null;
  switch (node.kind) {
    case 'scalar':
      return { kind: 'scalar', span: move(node.span, delta), value: node.value };
    case 'seq':
      return { kind: 'seq', span: move(node.span, delta), items: node.items.map((i) => shiftNode(i, delta)) };
    case 'map':
      return { kind: 'map', span: move(node.span, delta), entries: node.entries.map((e) => shiftEntry(e, delta)) };
  }
}

export function shiftEntry(e: MapEntry, delta: number): MapEntry {
  const moved: MapEntry = { key: e.key, keySpan: move(e.keySpan, delta), value: shiftNode(e.value, delta) };
  if (e.duplicate) moved.duplicate = true;
  return moved;
}

/**
 * A block's problems moved with it by `delta`, except those the schema placed on the file's first line
 * (`lineZero` when they were found: a value with no span of its own), which go to the first line now.
 */
export function shiftProblems(problems: readonly Problem[], delta: number, lineZero: Span, now: Span): Problem[] {
  return problems.map((p) =>
    p.span.start === lineZero.start && p.span.end === lineZero.end
      ? { ...p, span: now }
      : { ...p, span: move(p.span, delta) },
  );
}
