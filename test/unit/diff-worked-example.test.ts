// The spec's worked example of the diff ("Changes between revisions"): exactly its records, in its order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diffTexts } from '../helpers/diff';

const dir = path.join(__dirname, '..', 'fixtures', 'diff', 'worked-example');
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');

test('the worked example gives exactly the spec records, in the spec order', () => {
  const records = diffTexts(read('old.strategy.yaml'), read('new.strategy.yaml'), '2026-11-25');
  assert.deepEqual(
    records.map((r) => [r.kind, r.id, r.conversation, r.change, r.field, r.impact]),
    [
      ['conversation', 'social-media', undefined, 'changed', 'owner', 'neutral'],
      ['participant', 'sales-lead', 'social-media', 'removed', undefined, 'neutral'],
      ['goal', 'advocacy', 'social-media', 'changed', 'due', 'regression'],
      ['application', 'brand-blog', 'social-media', 'changed', 'audience', 'regression'],
      ['liability', 'blog-claims', 'social-liability', 'changed', 'status', 'regression'],
      ['problem', 'missing-participant social-media sales', 'social-media', 'added', undefined, 'neutral'],
      [
        'problem',
        'unmitigated-liability social-liability/blog-claims',
        'social-liability',
        'added',
        undefined,
        'regression',
      ],
    ],
  );
});

test('the first record has the spec fingerprint, values, message and lines', () => {
  const [first] = diffTexts(read('old.strategy.yaml'), read('new.strategy.yaml'), '2026-11-25');
  assert.deepEqual(first, {
    kind: 'conversation',
    id: 'social-media',
    change: 'changed',
    field: 'owner',
    before: 'cmo',
    after: 'pr-lead',
    impact: 'neutral',
    message: 'owner changed from cmo to pr-lead',
    fingerprint: 'a6cb14235b7c',
    base: { file: 'old.strategy.yaml', line: 6 },
    head: { file: 'new.strategy.yaml', line: 6 },
  });
  assert.deepEqual(Object.keys(first), [
    'kind',
    'id',
    'change',
    'field',
    'before',
    'after',
    'impact',
    'message',
    'fingerprint',
    'base',
    'head',
  ]);
});

test('a problem record holds its message and the line of its diagnostic', () => {
  const records = diffTexts(read('old.strategy.yaml'), read('new.strategy.yaml'), '2026-11-25');
  const p = records.find((r) => r.id === 'unmitigated-liability social-liability/blog-claims')!;
  assert.match(p.after!, /^Liability blog-claims is open and has no mitigations/);
  assert.equal(p.before, undefined);
  assert.deepEqual(p.head, { file: 'new.strategy.yaml', line: 22 });
  assert.equal(p.base, undefined);
});
