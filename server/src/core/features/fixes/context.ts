/** What every quick fix reads: the text, the tree, the model and the role catalogue of one analysis. */
import { type Analysis, treeOf } from '../../analyze';
import { child, entry, type MapEntry, type TreeNode } from '../../parse/tree';
import { AnalysisView } from '../analysisView';
import type { Problem } from '../../types';
import type { CodeFix } from '../types';
import { columnOf } from './text';

export type Fix = Omit<CodeFix, 'problem'>;
export type Fixer = (fx: FixContext, p: Problem) => Fix[];
export type MapNode = Extract<TreeNode, { kind: 'map' }>;

export const ITEM_LISTS = ['goals', 'applications', 'platforms', 'liabilities'] as const;

export class FixContext extends AnalysisView {
  readonly text: string;
  readonly root: TreeNode | null;

  constructor(analysis: Analysis) {
    super(analysis);
    this.text = analysis.text;
    this.root = treeOf(analysis) ?? null;
  }

  /** The problem's data; when the caller's copy lost it, the data of the analysis's same problem. */
  dataOf(p: Problem): Record<string, unknown> {
    if (p.data) return p.data;
    const same = this.analysis.problems.find(
      (q) => q.code === p.code && q.span.start === p.span.start && q.span.end === p.span.end && q.message === p.message,
    );
    return same?.data ?? {};
  }

  /** The root mapping when it is written in block style (structural fixes need it). */
  blockRoot(): MapNode | undefined {
    const r = this.root;
    return r && r.kind === 'map' && this.text[r.span.start] !== '{' ? r : undefined;
  }

  conversationsEntry(): MapEntry | undefined {
    return entry(this.blockRoot(), 'conversations');
  }

  conversationEntry(id: string): MapEntry | undefined {
    return entry(child(this.blockRoot(), 'conversations'), id);
  }

  /** The list item (a mapping) of some conversation that contains `offset`. */
  itemNodeAt(offset: number): MapNode | undefined {
    const convs = child(this.blockRoot(), 'conversations');
    if (convs?.kind !== 'map') return undefined;
    for (const c of convs.entries) {
      for (const list of ITEM_LISTS) {
        const seq = child(c.value, list);
        if (seq?.kind !== 'seq') continue;
        for (const n of seq.items) if (n?.kind === 'map' && n.span.start <= offset && offset < n.span.end) return n;
      }
    }
    return undefined;
  }

  /** The indentation step the file uses under a conversation (2 when it cannot tell). */
  indentUnit(): number {
    const convs = child(this.blockRoot(), 'conversations');
    if (convs?.kind === 'map') {
      for (const c of convs.entries) {
        const v = c.value;
        if (v?.kind === 'map' && v.entries.length && this.text[v.span.start] !== '{') {
          const step = columnOf(this.text, v.entries[0].keySpan.start) - columnOf(this.text, c.keySpan.start);
          if (step > 0) return step;
        }
      }
    }
    return 2;
  }
}
