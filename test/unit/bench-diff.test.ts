// The diff benchmark's "next quarter" really changes what it says it changes (bench/diff.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextQuarter } from '../../bench/diff';
import { BENCH_TODAY, generateStrategy } from '../../bench/generate';
import { diffTexts } from '../helpers/diff';

test('the next quarter of a generated strategy changes owners, dues, audiences and statuses, and removes items', () => {
  const base = generateStrategy({ lines: 3000 }).text;
  const records = diffTexts(base, nextQuarter(base), BENCH_TODAY);
  const has = (kind: string, change: string, field?: string) =>
    records.some((r) => r.kind === kind && r.change === change && r.field === field);
  assert.ok(
    records.some((r) => r.change === 'changed' && r.field === 'owner'),
    'owners',
  );
  assert.ok(has('goal', 'changed', 'due'), 'dues');
  assert.ok(has('application', 'changed', 'audience'), 'audiences');
  assert.ok(has('liability', 'changed', 'status'), 'statuses');
  assert.ok(
    records.some((r) => r.change === 'removed' && r.kind !== 'problem'),
    'removed items',
  );
  assert.ok(records.some((r) => r.impact === 'regression'));
});
