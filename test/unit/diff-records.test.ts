// One test per record kind of the diff: what gives a record, which one, and what gives none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffRows, diffTexts, edit, FULL } from '../helpers/diff';

const noProblems = (rows: string[]) => rows.filter((r) => !r.startsWith('problem '));

test('strategy: title, organization, version and sponsor, one record per field', () => {
  const after = edit(
    FULL,
    ['strategy: Test strategy', 'strategy: Test strategy 2027'],
    ['version: "1"', 'version: 2'],
    ['sponsor: cio', 'sponsor: ceo'],
  );
  assert.deepEqual(noProblems(diffRows(FULL, after)), [
    'strategy  changed sponsor neutral',
    'strategy  changed strategy neutral',
    'strategy  changed version neutral',
  ]);
  const [title] = diffTexts(FULL, edit(FULL, ['strategy: Test strategy', 'strategy: Renamed']));
  assert.equal(title.message, 'title changed from "Test strategy" to Renamed');
  assert.equal(title.conversation, undefined);
});

test('role: declared roles added, removed and changed field by field', () => {
  const after = edit(FULL, [
    '  community-manager: { title: Community Manager, function: marketing }',
    '  community-manager: { title: Community Lead, function: marketing, description: Runs the blog }\n  data-officer: { title: Data Officer, function: regulatory }',
  ]);
  assert.deepEqual(diffRows(FULL, after), [
    'role community-manager changed description neutral',
    'role community-manager changed title neutral',
    'role data-officer added - neutral',
  ]);
  const removed = diffRows(after, FULL);
  assert.ok(removed.includes('role data-officer removed - neutral'));
});

test('conversation: owner and summary changes; an added conversation brings its items, no participant or review records', () => {
  assert.deepEqual(diffRows(FULL, edit(FULL, ['    summary: Engage customers\n', ''])), [
    'conversation social-media changed summary neutral',
  ]);
  const without = edit(FULL, [
    '  social-liability:\n    owner: general-counsel\n    participants: [cso, chief-regulatory-officer, cio]\n    review: { cadence: monthly, last: 2026-11-01 }\n    liabilities:\n      - id: blog-claims\n        title: Product claims\n        category: legal\n        owner: general-counsel\n        covers: [brand-blog]\n        mitigations: [Legal review]\n        status: mitigated\n',
    '',
  ]);
  assert.deepEqual(noProblems(diffRows(without, FULL)), [
    'conversation social-liability added - neutral',
    'liability blog-claims added - neutral',
  ]);
  assert.deepEqual(noProblems(diffRows(FULL, without)), [
    'conversation social-liability removed - regression',
    'liability blog-claims removed - regression',
  ]);
  const [conversation] = diffTexts(without, FULL);
  assert.equal(conversation.conversation, undefined, 'a conversation record names the conversation by its id');
});

test('participant: the owner counts; an owner change whose old owner is not listed gives participant records', () => {
  // cmo owns social-media and is not listed: replacing it by coo removes cmo and adds coo.
  assert.deepEqual(
    diffRows(
      FULL,
      edit(FULL, ['    owner: cmo\n    participants: [pr-lead', '    owner: coo\n    participants: [pr-lead']),
    ),
    [
      'conversation social-media changed owner neutral',
      'participant cmo removed - neutral',
      'participant coo added - neutral',
      'problem missing-participant social-media marketing added - neutral',
    ],
  );
  // Owner cmo handed to pr-lead, who was already listed: only the owner record, cmo is still listed.
  const swapped = edit(FULL, [
    '    owner: cmo\n    participants: [pr-lead, sales-lead, cio]',
    '    owner: pr-lead\n    participants: [cmo, sales-lead, cio]',
  ]);
  assert.deepEqual(diffRows(FULL, swapped), ['conversation social-media changed owner neutral']);
  const added = diffTexts(FULL, edit(FULL, ['participants: [it-leadership]', 'participants: [it-leadership, cto]']));
  assert.deepEqual(
    added.map((r) => [r.kind, r.id, r.conversation, r.change, r.message]),
    [['participant', 'cto', 'social-technologies', 'added', 'now takes part in social-technologies']],
  );
});

test('participants, covers, data and mitigations compare as sets: order and repeats are no change', () => {
  const after = edit(
    FULL,
    ['participants: [pr-lead, sales-lead, cio]', 'participants: [cio, sales-lead, pr-lead, cio]'],
    ['covers: [brand-blog]', 'covers: [brand-blog, brand-blog]'],
    ['data: [public]', 'data: [public, public]'],
  );
  assert.deepEqual(diffRows(FULL, after), []);
});

test("review: the strategy's (id empty) and a conversation's own; added, removed and changed", () => {
  assert.deepEqual(
    diffRows(
      FULL,
      edit(FULL, [
        'review: { cadence: quarterly, last: 2026-10-01 }',
        'review: { cadence: quarterly, last: 2026-11-20 }',
      ]),
    ),
    ['review  changed last neutral'],
  );
  const conv = diffTexts(
    FULL,
    edit(FULL, ['review: { cadence: monthly, last: 2026-11-01 }', 'review: { cadence: quarterly, last: 2026-11-01 }']),
  );
  assert.deepEqual(
    conv.map((r) => [r.kind, r.id, r.conversation, r.field, r.before, r.after, r.impact]),
    [['review', 'social-liability', 'social-liability', 'cadence', 'monthly', 'quarterly', 'regression']],
  );
  const dropped = edit(FULL, ['    review: { cadence: monthly, last: 2026-11-01 }\n', '']);
  assert.deepEqual(diffRows(FULL, dropped), ['review social-liability removed - neutral']);
  assert.deepEqual(diffRows(dropped, FULL), ['review social-liability added - neutral']);
});

test('goal, application, platform, liability: added, removed and changed, one record per changed field', () => {
  const after = edit(
    FULL,
    [
      '        statement: Grow advocacy\n',
      '        statement: Grow customer advocacy\n        metric: Share of voice\n',
    ],
    ['        name: Brand blog\n', '        name: Company blog\n'],
    ['        name: WordPress\n', ''],
    ['        category: legal\n', '        category: privacy\n'],
  );
  assert.deepEqual(noProblems(diffRows(FULL, after)), [
    'goal advocacy changed metric neutral',
    'goal advocacy changed statement neutral',
    'application brand-blog changed name neutral',
    'platform wordpress changed name neutral',
    'liability blog-claims changed category neutral',
  ]);
  const goal = edit(FULL, [
    '    applications:\n',
    '      - id: reach\n        statement: Reach\n        owner: cmo\n    applications:\n',
  ]);
  assert.deepEqual(diffRows(FULL, goal), ['goal reach added - neutral']);
  assert.deepEqual(diffRows(goal, FULL), ['goal reach removed - neutral']);
});

test('a list field gives one changed record per entry added or removed; a reworded mitigation is one of each', () => {
  const records = diffTexts(
    FULL,
    edit(
      FULL,
      ['mitigations: [Legal review]', 'mitigations: [Legal review before publishing]'],
      ['covers: [brand-blog]', 'covers: [brand-blog, wordpress]'],
    ),
  );
  assert.deepEqual(
    records.map((r) => [r.kind, r.id, r.change, r.field, r.before, r.after]),
    [
      ['liability', 'blog-claims', 'changed', 'covers', undefined, 'wordpress'],
      ['liability', 'blog-claims', 'changed', 'mitigations', 'Legal review', undefined],
      ['liability', 'blog-claims', 'changed', 'mitigations', undefined, 'Legal review before publishing'],
    ],
  );
});

test('moved: a goal now in another conversation gives one moved record and its changed records', () => {
  const goal =
    '    goals:\n      - id: advocacy\n        statement: Grow advocacy\n        owner: cmo\n        due: 2027-03-31\n        status: active\n';
  const moved = edit(
    FULL,
    [goal, ''],
    [
      '    owner: chro\n    participants: [sales-lead, coo, cio]\n',
      `    owner: chro\n    participants: [sales-lead, coo, cio]\n${goal.replace('status: active', 'status: done')}`,
    ],
  );
  const records = diffTexts(FULL, moved);
  assert.deepEqual(
    records.map((r) => [r.kind, r.id, r.conversation, r.change, r.field, r.before, r.after, r.impact]),
    [
      ['goal', 'advocacy', 'social-networking', 'moved', undefined, 'social-media', 'social-networking', 'neutral'],
      ['goal', 'advocacy', 'social-networking', 'changed', 'status', 'active', 'done', 'improvement'],
    ],
  );
  assert.equal(records[0].message, 'moved from social-media to social-networking');
});

test('an id that changes kind is removed and added', () => {
  const goal =
    '    goals:\n      - id: advocacy\n        statement: Grow advocacy\n        owner: cmo\n        due: 2027-03-31\n        status: active\n';
  const asApp = edit(
    FULL,
    [goal, ''],
    [
      '    applications:\n',
      '    applications:\n      - id: advocacy\n        name: Advocacy program\n        owner: cmo\n',
    ],
  );
  assert.deepEqual(diffRows(FULL, asApp), ['goal advocacy removed - neutral', 'application advocacy added - neutral']);
});

test('defaults count: a goal without status is planned, a liability without status is open', () => {
  assert.deepEqual(diffRows(FULL, edit(FULL, ['        status: active\n', '        status: planned\n'])), [
    'goal advocacy changed status neutral',
  ]);
  const planned = edit(FULL, ['        status: active\n', '']);
  assert.deepEqual(diffRows(edit(FULL, ['        status: active\n', '        status: planned\n']), planned), []);
  const open = edit(FULL, ['        status: mitigated\n', '']);
  assert.deepEqual(diffRows(edit(FULL, ['        status: mitigated\n', '        status: open\n']), open), []);
});

test('scalars compare by their text: 25 and "25" are equal, 2026.10 and 2026.1 are not; empty and null are absent', () => {
  const v = (text: string) => edit(FULL, ['version: "1"', text]);
  assert.deepEqual(diffRows(v('version: 25'), v('version: "25"')), []);
  assert.deepEqual(diffRows(v("version: '2026.10'"), v('version: "2026.10"')), []);
  assert.deepEqual(diffRows(v('version: 2026.10'), v('version: 2026.1')), ['strategy  changed version neutral']);
  assert.deepEqual(diffRows(v('version:'), v('version: null')), []);
  assert.deepEqual(diffRows(v('version: ~'), edit(FULL, ['version: "1"\n', ''])), []);
});

test('when an id is duplicated its first occurrence is the item; items without an id are not compared', () => {
  const dup = edit(FULL, [
    '        hosting: internal\n',
    '        hosting: internal\n      - id: wordpress\n        name: Second\n        hosting: external\n',
  ]);
  const changedSecond = edit(dup, ['        name: Second\n', '        name: Second copy\n']);
  assert.deepEqual(diffRows(dup, changedSecond), [], 'the second occurrence is not the item');
  const noId = edit(FULL, [
    '        hosting: internal\n',
    '        hosting: internal\n      - name: Unnamed\n        owner: cio\n',
  ]);
  assert.deepEqual(diffRows(noId, edit(noId, ['- name: Unnamed\n', '- name: Still unnamed\n'])), []);
});

test('every record has a 12-hex fingerprint and lines on the sides it exists on', () => {
  const records = diffTexts(
    FULL,
    edit(
      FULL,
      ['        name: Brand blog\n', '        name: Company blog\n'],
      ['participants: [it-leadership]', 'participants: [it-leadership, cto]'],
    ),
  );
  for (const r of records) assert.match(r.fingerprint, /^[0-9a-f]{12}$/);
  const name = records.find((r) => r.field === 'name')!;
  assert.deepEqual(
    [name.base, name.head],
    [
      { file: 'old.strategy.yaml', line: 20 },
      { file: 'new.strategy.yaml', line: 20 },
    ],
  );
});
