// Problem records: identified by code and the ids on the path to their node (never by line), compared as
// multisets at default severities before suppressions; a moved item's problems follow it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { diffStrategies, oneFileSide } from '../../server/src/core/diff';
import { diffTexts, edit, FULL } from '../helpers/diff';

/** The ids of the problem records that an edit of FULL adds. */
function added(...pairs: [string, string][]): string[] {
  return diffTexts(FULL, edit(FULL, ...pairs))
    .filter((r) => r.kind === 'problem' && r.change === 'added')
    .map((r) => r.id);
}

test('schema problems: the item path, then the key path inside it (keys by ".", list positions as [n])', () => {
  assert.deepEqual(added(['audience: internal', 'audience: everyone']), ['schema social-media/brand-blog audience']);
  assert.deepEqual(added(['data: [public]', 'data: [public, secret]']), ['schema social-media/brand-blog data[1]']);
  assert.deepEqual(added(['    summary: Engage customers\n', '    summary: Engage customers\n    colour: red\n']), [
    'schema social-media colour',
  ]);
  assert.deepEqual(added(['cadence: quarterly', 'cadence: yearly']), ['schema review.cadence']);
  assert.deepEqual(added(['cadence: monthly', 'cadence: weekly']), ['schema social-liability review.cadence']);
  assert.deepEqual(
    added([
      '  community-manager: { title: Community Manager, function: marketing }',
      '  community-manager: { title: Community Manager, function: marketeer }',
    ]),
    ['schema community-manager function'],
  );
});

test('schema problems for a missing key name the key, in the item or at the top', () => {
  assert.deepEqual(added(['        name: Brand blog\n', '']), ['schema social-media/brand-blog name']);
  assert.deepEqual(added(['organization: Test Co\n', '']), ['schema organization']);
  assert.deepEqual(
    added(['organization: Test Co\n', 'organization:\n']),
    ['schema organization'],
    'an empty key is a missing key',
  );
  assert.deepEqual(added(['review: { cadence: quarterly, last: 2026-10-01 }', 'review: { last: 2026-10-01 }']), [
    'schema review.cadence',
  ]);
  assert.deepEqual(
    added([
      '  community-manager: { title: Community Manager, function: marketing }',
      '  community-manager: { function: marketing }',
    ]),
    ['schema community-manager title'],
  );
});

test('a value of the wrong type at the strategy level: no PATH, the key as DETAIL', () => {
  assert.deepEqual(added(['version: "1"', 'version: true']), ['schema version']);
  assert.deepEqual(added(['sponsor: cio', 'sponsor: Bad_Role']).sort(), ['schema sponsor', 'unknown-role']);
});

test('a YAML syntax error is "schema yaml"; while a side has one, only syntax errors compare', () => {
  const broken = edit(FULL, ['        hosting: internal\n', '        hosting: internal\n      - id: [oops\n']);
  const exposed = edit(FULL, ['hosting: internal', 'hosting: external']);
  assert.ok(diffTexts(FULL, exposed).some((r) => r.id === 'uncovered-liability social-technologies/wordpress'));
  const records = diffTexts(exposed, broken);
  assert.deepEqual(
    records.filter((r) => r.kind === 'problem').map((r) => [r.id, r.change, r.impact]),
    [['schema yaml', 'added', 'regression']],
    'the uncovered-liability fixed on the way is not reported while the head cannot be read',
  );
  assert.ok(
    records.some((r) => r.kind === 'platform' && r.field === 'hosting'),
    'what was recovered is still compared',
  );
  const fixed = diffTexts(broken, FULL).filter((r) => r.kind === 'problem');
  assert.deepEqual(
    fixed.map((r) => [r.id, r.change, r.impact]),
    [['schema yaml', 'removed', 'improvement']],
  );
});

test('rule problems: conversation, item and list entry on the path; DETAIL for missing conversations and functions', () => {
  assert.deepEqual(added(['participants: [it-leadership]', 'participants: [it-leadership, nobody]']), [
    'unknown-role social-technologies/nobody',
  ]);
  assert.deepEqual(added(['        owner: community-manager\n', '        owner: comms-team\n']), [
    'unknown-role social-media/brand-blog',
  ]);
  assert.deepEqual(added(['    owner: chro\n', '    owner: chr0\n']).sort(), [
    'missing-participant social-networking hr',
    'unknown-role social-networking',
  ]);
  assert.deepEqual(added(['sponsor: cio', 'sponsor: cioo']), ['unknown-role']);
  assert.deepEqual(added(['covers: [brand-blog]', 'covers: [brand-blog, wordpres]']), [
    'unknown-reference social-liability/blog-claims/wordpres',
  ]);
  assert.deepEqual(added(['platform: wordpress', 'platform: drupal']), ['unknown-reference social-media/brand-blog']);
  assert.deepEqual(added(['  social-support:\n    owner: support-lead\n    participants: [cio]\n', '']), [
    'missing-conversation social-support',
  ]);
  assert.deepEqual(added(['participants: [sales-lead, coo, cio]', 'participants: [coo, cio]']), [
    'missing-participant social-networking sales',
  ]);
  assert.deepEqual(added(['    owner: chro\n', '']).sort(), [
    'missing-owner social-networking',
    'missing-participant social-networking hr',
  ]);
  assert.deepEqual(added(['        owner: it-leadership\n', '']), ['missing-owner social-technologies/wordpress']);
  assert.deepEqual(added(['      - id: wordpress\n', '      - id: brand-blog\n']).sort(), [
    'duplicate-id social-technologies/brand-blog',
    'unknown-reference social-media/brand-blog',
  ]);
  assert.deepEqual(added(['hosting: internal', 'hosting: external']), [
    'uncovered-liability social-technologies/wordpress',
  ]);
  assert.deepEqual(added(['status: mitigated', 'status: open'], ['        mitigations: [Legal review]\n', '']), [
    'unmitigated-liability social-liability/blog-claims',
  ]);
  assert.deepEqual(
    added(['    owner: support-lead\n    participants: [cio]', '    owner: support-lead\n    participants: []']),
    ['sponsor-absent social-support'],
  );
  assert.deepEqual(added(['last: 2026-10-01', 'last: 2026-07-01']), ['review-overdue']);
  assert.deepEqual(added(['last: 2026-11-01', 'last: 2026-09-01']), ['review-overdue social-liability']);
  assert.deepEqual(added(['due: 2027-03-31', 'due: 2026-03-31']), ['goal-overdue social-media/advocacy']);
});

test("file-too-large is identified by the file's path relative to the root's folder", () => {
  const side = (max?: number) =>
    oneFileSide(
      'strategies/acme.strategy.yaml',
      analyze(FULL, 'strategies/acme.strategy.yaml', {
        today: '2026-11-25',
        ignoreSuppressions: true,
        maxFileSize: max,
      }),
    );
  const records = diffStrategies(side(), side(100));
  assert.deepEqual(
    records.filter((r) => r.kind === 'problem').map((r) => r.id),
    ['file-too-large acme.strategy.yaml'],
  );
});

test('never by line: comments, blank lines and reordering around a problem change nothing', () => {
  const before = edit(FULL, ['hosting: internal', 'hosting: external'], ['status: mitigated', 'status: open']);
  const after = `# Reviewed by the board\n\n${edit(
    before,
    ['strategy: Test strategy\norganization: Test Co\n', 'organization: Test Co\nstrategy: Test strategy\n'],
    ['        hosting: external\n', '\n        # exposed on purpose\n        hosting: external\n'],
  )}`;
  assert.ok(
    diffTexts(FULL, before).some((r) => r.kind === 'problem'),
    'the base has problems',
  );
  assert.deepEqual(diffTexts(before, after), []);
});

test('a suppression comment is a comment: no change', () => {
  const before = edit(FULL, ['hosting: internal', 'hosting: external']);
  const after = edit(before, [
    '      - id: wordpress\n',
    '      # strategy-disable-next-line uncovered-liability\n      - id: wordpress\n',
  ]);
  assert.deepEqual(diffTexts(before, after), []);
  assert.deepEqual(diffTexts(before, `# strategy-disable\n${before}`), []);
});

test('a problem on an item that moved follows the item', () => {
  const app =
    '    applications:\n      - id: brand-blog\n        name: Brand blog\n        owner: community-manager\n        platform: wordpress\n        audience: internal\n        data: [public]\n';
  const exposed = app.replace('audience: internal', 'audience: external');
  const before = edit(
    FULL,
    [app, exposed],
    ['covers: [brand-blog]', 'covers: [wordpress]'],
    ['hosting: internal', 'hosting: internal'],
  );
  const noCover = edit(before, ['covers: [wordpress]', 'covers: []']);
  const moved = edit(
    noCover,
    [exposed, ''],
    [
      '    owner: chro\n    participants: [sales-lead, coo, cio]\n',
      `    owner: chro\n    participants: [sales-lead, coo, cio]\n${exposed}`,
    ],
  );
  assert.deepEqual(
    diffTexts(noCover, moved).map((r) => [r.kind, r.change]),
    [['application', 'moved']],
  );
});

test('problems compare as multisets: one more of the same id is one added record', () => {
  const one = edit(FULL, ['participants: [it-leadership]', 'participants: [it-leadership, nobody]']);
  const two = edit(FULL, ['participants: [it-leadership]', 'participants: [it-leadership, nobody, nobody]']);
  assert.deepEqual(
    diffTexts(one, two).map((r) => [r.id, r.change]),
    [['unknown-role social-technologies/nobody', 'added']],
  );
  assert.deepEqual(
    diffTexts(two, one).map((r) => [r.id, r.change]),
    [['unknown-role social-technologies/nobody', 'removed']],
  );
});
