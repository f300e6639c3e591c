/**
 * `problem` records: diagnostics present on one side only, compared as multisets of ids. A problem on
 * an item that moved follows the item. When either side has YAML syntax errors, only those compare.
 */
import type { ProblemFact } from '../problemIds';
import { problemId } from '../problemIds';
import type { Snapshot } from '../snapshot';
import { draft, type Draft, type Sides } from './draft';

export function problemChanges({ base, head }: Sides): Draft[] {
  const syntaxOnly = base.syntaxErrors || head.syntaxErrors;
  const kept = (list: ProblemFact[]) => (syntaxOnly ? list.filter((p) => p.syntax) : list);
  const byId = (list: ProblemFact[], conversationOf: (p: ProblemFact) => ProblemFact['conversation']) => {
    const m = new Map<string, ProblemFact[]>();
    for (const p of kept(list)) {
      const id = problemId(p, conversationOf(p));
      const same = m.get(id);
      if (same) same.push(p);
      else m.set(id, [p]);
    }
    return m;
  };
  const before = byId(base.problems, (p) => followItem(p, base, head));
  const after = byId(head.problems, (p) => p.conversation);
  const out: Draft[] = [];
  for (const [id, list] of before) {
    const conversation = followItem(list[0], base, head);
    for (const p of list.slice(after.get(id)?.length ?? 0)) {
      out.push(
        draft({
          kind: 'problem',
          id,
          conversation,
          change: 'removed',
          before: p.message,
          base: p.loc,
          label: p.message,
          severity: p.severity,
        }),
      );
    }
  }
  for (const [id, list] of after) {
    for (const p of list.slice(before.get(id)?.length ?? 0)) {
      out.push(
        draft({
          kind: 'problem',
          id,
          conversation: p.conversation,
          change: 'added',
          after: p.message,
          head: p.loc,
          label: p.message,
          severity: p.severity,
        }),
      );
    }
  }
  return out;
}

/** The conversation of a base problem's item on the head side, when the item moved there. */
function followItem(p: ProblemFact, base: Snapshot, head: Snapshot): ProblemFact['conversation'] {
  if (p.item === undefined) return p.conversation;
  const b = base.items.get(p.item);
  const h = head.items.get(p.item);
  return b && h && b.kind === h.kind && b.conversation === p.conversation ? h.conversation : p.conversation;
}
