// The spec's worked example, to the letter: codes, lines, columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rows } from '../helpers/core';

const EXAMPLE = `strategy: Example Co strategy
organization: Example Co
sponsor: cio
review: { cadence: annual, last: 2026-01-15 }
conversations:
  social-media:
    owner: cmo
    participants: [pr-lead, sales-lead, cio]
    applications:
      - id: brand-blog
        name: Brand blog
        owner: comms-team
        platform: blogspot
        audience: external
  social-support:
    participants: [support-lead, cio]
  social-liability:
    owner: general-counsel
    participants: [cso, chief-regulatory-officer, cio]
    liabilities:
      - id: blog-claims
        title: Product claims on the blog
        category: legal
        owner: general-counsel
        covers: [brand-blog]
`;

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
