// Test helpers over the diff engine: two texts in, records (or compact rows of them) out.
import { analyze } from '../../server/src/core';
import { diffStrategies, oneFileSide, type ChangeRecord, type DiffSide } from '../../server/src/core/diff';
import { TODAY } from './core';

/** One side as `strategy diff` builds it: default severities, before suppressions. */
export function sideOf(text: string, name = 'test.strategy.yaml', today = TODAY): DiffSide {
  return oneFileSide(name, analyze(text, name, { today, ignoreSuppressions: true }));
}

export function diffTexts(before: string, after: string, today = TODAY): ChangeRecord[] {
  return diffStrategies(sideOf(before, 'old.strategy.yaml', today), sideOf(after, 'new.strategy.yaml', today));
}

/** `kind id change field impact` per record (field `-` when absent), the spec's set of a change. */
export function rowsOf(records: readonly ChangeRecord[]): string[] {
  return records.map((r) => `${r.kind} ${r.id} ${r.change} ${r.field ?? '-'} ${r.impact}`);
}

export function diffRows(before: string, after: string, today = TODAY): string[] {
  return rowsOf(diffTexts(before, after, today));
}
