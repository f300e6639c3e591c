/** Schema problems the JSON data cannot show: a key given twice in one mapping. */
import type { Span } from '../types';
import type { TreeNode } from './tree';

export interface TreeProblem {
  span: Span;
  message: string;
}

export function collectTreeProblems(root: TreeNode | null): TreeProblem[] {
  const out: TreeProblem[] = [];
  const stack: (TreeNode | null)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node) continue;
    if (node.kind === 'map') {
      for (const e of node.entries) {
        if (e.duplicate)
          out.push({ span: e.keySpan, message: `The key "${e.key}" is given twice in this mapping; keep one.` });
        stack.push(e.value);
      }
    } else if (node.kind === 'seq') for (const item of node.items) stack.push(item); // no spread: a list may hold 300k items
  }
  return out;
}
