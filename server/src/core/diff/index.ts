/**
 * `strategy diff`'s engine, pure: two sides of one strategy (the analyses of its files with their
 * problems) in, the spec's change records out, ordered. The command line and the editor share it.
 */
import { fingerprintOf } from './fingerprint';
import { impactOf } from './impact';
import { messageOf } from './messages';
import { compareRecords } from './order';
import { conversationChanges } from './records/conversations';
import type { Draft, Sides } from './records/draft';
import { itemChanges } from './records/items';
import { problemChanges } from './records/problems';
import { reviewChanges } from './records/reviews';
import { roleChanges } from './records/roles';
import { strategyChanges, wholeStrategy } from './records/strategy';
import { snapshot } from './snapshot';
import type { ChangeRecord, DiffSide } from './types';

export type { ChangeRecord, DiffSide, SideFile, SideProblem, Loc, RecordKind, Change, Impact } from './types';
export { composedSide, oneFileSide } from './side';
export { summarize, summaryLine, type DiffSummary } from './summary';

/** Compares a strategy at two revisions; a side that is undefined has no such strategy (its root is absent). */
export function diffStrategies(base: DiffSide | undefined, head: DiffSide | undefined): ChangeRecord[] {
  if (!base && !head) return [];
  if (!base || !head) {
    const d = base ? wholeStrategy('removed', snapshot(base)) : wholeStrategy('added', snapshot(head!));
    return [finish(d, undefined)];
  }
  const sides: Sides = { base: snapshot(base), head: snapshot(head) };
  const drafts = [
    ...strategyChanges(sides),
    ...roleChanges(sides),
    ...conversationChanges(sides),
    ...reviewChanges(sides),
    ...itemChanges(sides),
    ...problemChanges(sides),
  ];
  return drafts.map((d) => finish(d, sides)).sort(compareRecords);
}

/** A draft's impact, message and fingerprint, with the spec's keys in the spec's order. */
function finish(d: Draft, sides: Sides | undefined): ChangeRecord {
  const r = { kind: d.kind, id: d.id } as ChangeRecord;
  if (d.conversation !== undefined) r.conversation = d.conversation;
  r.change = d.change;
  if (d.field !== undefined) r.field = d.field;
  if (d.before !== undefined) r.before = d.before;
  if (d.after !== undefined) r.after = d.after;
  // With one side only (a whole strategy added or removed), a removal is the regression.
  r.impact = sides ? impactOf(d, sides) : d.change === 'removed' ? 'regression' : 'neutral';
  r.message = messageOf(d);
  r.fingerprint = fingerprintOf(d);
  if (d.base) r.base = d.base;
  if (d.head) r.head = d.head;
  return r;
}
export { reviewBase, type CommitTime } from './reviewBase';
