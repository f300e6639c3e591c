// The spec's worked example, to the letter: codes, lines, columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rows } from '../helpers/core';
import { WORKED_EXAMPLE as EXAMPLE } from '../helpers/workedExample';

test('the worked example reports exactly the spec diagnostics', () => {
  assert.deepEqual(rows(EXAMPLE), [
    '5:1 warning missing-conversation',
    '5:1 warning missing-conversation',
    '5:1 warning missing-conversation',
    '12:16 error unknown-role',
    '13:19 error unknown-reference',
    '15:3 error missing-owner',
    '21:13 warning unmitigated-liability',
  ]);
});

test('the worked example becomes review-overdue after 2027-01-15', () => {
  assert.ok(rows(EXAMPLE, { today: '2027-01-16' }).includes('4:34 warning review-overdue'));
  assert.ok(!rows(EXAMPLE, { today: '2027-01-15' }).some((r) => r.endsWith('review-overdue')));
});
