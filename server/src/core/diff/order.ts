/**
 * The spec's order of records: kind, then conversation in the order of the table (none first), then
 * id, then change (removed, added, moved, changed), then field; ties (entries of one list field, a
 * problem reported twice) by the entry's text.
 */
import { CONVERSATION_IDS } from '../catalog';
import type { ChangeRecord, RecordKind } from './types';

const KINDS: readonly RecordKind[] = [
  'strategy',
  'role',
  'conversation',
  'participant',
  'review',
  'goal',
  'application',
  'platform',
  'liability',
  'problem',
];
const CHANGES = ['removed', 'added', 'moved', 'changed'];

export function compareRecords(a: ChangeRecord, b: ChangeRecord): number {
  return (
    KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
    conversationRank(a) - conversationRank(b) ||
    compareText(a.id, b.id) ||
    CHANGES.indexOf(a.change) - CHANGES.indexOf(b.change) ||
    compareText(a.field ?? '', b.field ?? '') ||
    compareText(a.after ?? a.before ?? '', b.after ?? b.before ?? '')
  );
}

function conversationRank(r: ChangeRecord): number {
  return r.conversation === undefined ? -1 : CONVERSATION_IDS.indexOf(r.conversation);
}

/** Code-point order, as the spec orders paths. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
