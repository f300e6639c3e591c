// The impact table of the diff, rule by rule: regression, improvement, and neutral where the list is silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffTexts, edit, FULL } from '../helpers/diff';

/** The impact of the one record of `kind` (and `field`) that the edit gives. */
function impact(after: string, kind: string, field?: string, before = FULL): string {
  const found = diffTexts(before, after).filter((r) => r.kind === kind && (field === undefined || r.field === field));
  assert.equal(found.length, 1, `one ${kind} ${field ?? ''} record, got ${JSON.stringify(found)}`);
  return found[0].impact;
}

const LIABILITY =
  '  social-liability:\n    owner: general-counsel\n    participants: [cso, chief-regulatory-officer, cio]\n    review: { cadence: monthly, last: 2026-11-01 }\n    liabilities:\n      - id: blog-claims\n        title: Product claims\n        category: legal\n        owner: general-counsel\n        covers: [brand-blog]\n        mitigations: [Legal review]\n        status: mitigated\n';

test('regression: a removed conversation or liability', () => {
  assert.equal(impact(edit(FULL, [LIABILITY, '']), 'conversation'), 'regression');
  assert.equal(
    impact(
      edit(FULL, [
        '    liabilities:\n      - id: blog-claims\n        title: Product claims\n        category: legal\n        owner: general-counsel\n        covers: [brand-blog]\n        mitigations: [Legal review]\n        status: mitigated\n',
        '',
      ]),
      'liability',
    ),
    'regression',
  );
});

test('regression: an owner removed, of a conversation or of an item', () => {
  assert.equal(impact(edit(FULL, ['    owner: chro\n', '']), 'conversation', 'owner'), 'regression');
  assert.equal(impact(edit(FULL, ['        owner: it-leadership\n', '']), 'platform', 'owner'), 'regression');
  assert.equal(impact(edit(FULL, ['        owner: general-counsel\n', '']), 'liability', 'owner'), 'regression');
});

test('regression: an owner made unknown (known on the base side, unknown on the head side); known to known is neutral', () => {
  assert.equal(impact(edit(FULL, ['    owner: chro\n', '    owner: chr0\n']), 'conversation', 'owner'), 'regression');
  assert.equal(
    impact(edit(FULL, ['        owner: community-manager\n', '        owner: comms-team\n']), 'application', 'owner'),
    'regression',
  );
  assert.equal(impact(edit(FULL, ['    owner: chro\n', '    owner: coo\n']), 'conversation', 'owner'), 'neutral');
  const unknown = edit(FULL, ['    owner: chro\n', '    owner: chr0\n']);
  assert.equal(
    impact(edit(FULL, ['    owner: chro\n', '    owner: chr1\n']), 'conversation', 'owner', unknown),
    'neutral',
    'it was not known before',
  );
  const declared = edit(FULL, ['    owner: chro\n', '    owner: community-manager\n']);
  assert.equal(
    impact(
      edit(FULL, ['    owner: chro\n', '    owner: community-manager\n'])
        .replace(/ {2}community-manager: \{[^\n]*\n/, '')
        .replace('roles:\n', ''),
      'conversation',
      'owner',
    ),
    'regression',
    'declared in the base, gone in the head',
  );
  assert.equal(impact(declared, 'conversation', 'owner'), 'neutral', 'a declared role is known');
});

test('regression: a liability back to open, also by removing its status; improvement: open to mitigated or accepted', () => {
  assert.equal(impact(edit(FULL, ['status: mitigated', 'status: open']), 'liability', 'status'), 'regression');
  assert.equal(impact(edit(FULL, ['        status: mitigated\n', '']), 'liability', 'status'), 'regression');
  const accepted = edit(FULL, ['status: mitigated', 'status: accepted']);
  assert.equal(
    impact(edit(FULL, ['status: mitigated', 'status: open']), 'liability', 'status', accepted),
    'regression',
  );
  const open = edit(FULL, ['status: mitigated', 'status: open']);
  assert.equal(impact(FULL, 'liability', 'status', open), 'improvement');
  assert.equal(impact(accepted, 'liability', 'status', open), 'improvement');
  assert.equal(impact(accepted, 'liability', 'status'), 'neutral', 'mitigated to accepted');
});

test('regression: a review cadence made longer; shorter is neutral; last moved either way is neutral', () => {
  assert.equal(impact(edit(FULL, ['cadence: quarterly', 'cadence: annual']), 'review', 'cadence'), 'regression');
  assert.equal(impact(edit(FULL, ['cadence: monthly', 'cadence: semiannual']), 'review', 'cadence'), 'regression');
  assert.equal(impact(edit(FULL, ['cadence: quarterly', 'cadence: monthly']), 'review', 'cadence'), 'neutral');
  assert.equal(impact(edit(FULL, ['last: 2026-10-01', 'last: 2026-07-01']), 'review', 'last'), 'neutral');
  assert.equal(impact(edit(FULL, ['last: 2026-10-01', 'last: 2026-11-20']), 'review', 'last'), 'neutral');
});

test('regression: a goal due later; earlier, set or unset is neutral', () => {
  assert.equal(impact(edit(FULL, ['due: 2027-03-31', 'due: 2027-04-01']), 'goal', 'due'), 'regression');
  assert.equal(impact(edit(FULL, ['due: 2027-03-31', 'due: 2027-01-31']), 'goal', 'due'), 'neutral');
  assert.equal(impact(edit(FULL, ['        due: 2027-03-31\n', '']), 'goal', 'due'), 'neutral');
  assert.equal(impact(FULL, 'goal', 'due', edit(FULL, ['        due: 2027-03-31\n', ''])), 'neutral');
});

test('improvement: a goal marked done; dropped or no longer done is neutral', () => {
  assert.equal(impact(edit(FULL, ['status: active', 'status: done']), 'goal', 'status'), 'improvement');
  assert.equal(
    impact(
      edit(FULL, ['        status: active\n', '        status: done\n']),
      'goal',
      'status',
      edit(FULL, ['        status: active\n', '']),
    ),
    'improvement',
  );
  assert.equal(impact(edit(FULL, ['status: active', 'status: dropped']), 'goal', 'status'), 'neutral');
  assert.equal(impact(FULL, 'goal', 'status', edit(FULL, ['status: active', 'status: done'])), 'neutral');
});

test('regression: an application audience widened (internal -> partners -> external; absent ranks as internal)', () => {
  assert.equal(
    impact(edit(FULL, ['audience: internal', 'audience: partners']), 'application', 'audience'),
    'regression',
  );
  const partners = edit(FULL, ['audience: internal', 'audience: partners']);
  assert.equal(
    impact(edit(FULL, ['audience: internal', 'audience: external']), 'application', 'audience', partners),
    'regression',
  );
  const absent = edit(FULL, ['        audience: internal\n', '']);
  assert.equal(impact(partners, 'application', 'audience', absent), 'regression');
  assert.equal(impact(FULL, 'application', 'audience', absent), 'neutral', 'absent to internal');
  assert.equal(impact(FULL, 'application', 'audience', partners), 'neutral', 'narrowed');
});

test('regression: a sensitive data class added; a class that exposes nothing, or one removed, is neutral', () => {
  for (const cls of ['confidential', 'customer-pii', 'employee-pii', 'regulated']) {
    assert.equal(
      impact(edit(FULL, ['data: [public]', `data: [public, ${cls}]`]), 'application', 'data'),
      'regression',
      cls,
    );
  }
  assert.equal(impact(edit(FULL, ['data: [public]', 'data: [public, internal]']), 'application', 'data'), 'neutral');
  assert.equal(
    impact(FULL, 'application', 'data', edit(FULL, ['data: [public]', 'data: [public, customer-pii]'])),
    'neutral',
  );
});

test('regression: a platform made external or free; back is neutral', () => {
  assert.equal(impact(edit(FULL, ['hosting: internal', 'hosting: external']), 'platform', 'hosting'), 'regression');
  assert.equal(
    impact(
      edit(FULL, ['        hosting: internal\n', '        hosting: external\n']),
      'platform',
      'hosting',
      edit(FULL, ['        hosting: internal\n', '']),
    ),
    'regression',
  );
  assert.equal(impact(edit(FULL, ['sourcing: saas', 'sourcing: free']), 'platform', 'sourcing'), 'regression');
  assert.equal(impact(FULL, 'platform', 'hosting', edit(FULL, ['hosting: internal', 'hosting: external'])), 'neutral');
  assert.equal(impact(edit(FULL, ['sourcing: saas', 'sourcing: on-premises']), 'platform', 'sourcing'), 'neutral');
});

test('problems: new errors and warnings are regressions, fixed ones improvements; information and hint are neutral', () => {
  const uncovered = edit(FULL, ['hosting: internal', 'hosting: external']);
  assert.equal(impact(uncovered, 'problem'), 'regression', 'uncovered-liability is a warning');
  assert.equal(impact(FULL, 'problem', undefined, uncovered), 'improvement');
  const unknownRole = edit(FULL, ['participants: [it-leadership]', 'participants: [it-leadership, nobody]']);
  assert.equal(
    diffTexts(FULL, unknownRole).find((r) => r.kind === 'problem')!.impact,
    'regression',
    'unknown-role is an error',
  );
  const noSales = edit(FULL, ['participants: [sales-lead, coo, cio]', 'participants: [coo, cio]']);
  assert.equal(impact(noSales, 'problem'), 'neutral', 'missing-participant is information');
  assert.equal(impact(FULL, 'problem', undefined, noSales), 'neutral');
});

test('neutral: added items whatever their values, removed applications and platforms, title, organization, version, sponsor', () => {
  const risky = edit(FULL, [
    '    applications:\n',
    '    applications:\n      - id: fan-page\n        name: Fan page\n        owner: cmo\n        audience: external\n        data: [customer-pii]\n',
  ]);
  const records = diffTexts(FULL, risky);
  assert.equal(records.find((r) => r.kind === 'application')!.impact, 'neutral');
  assert.equal(records.find((r) => r.kind === 'problem')!.impact, 'regression', 'its risk shows as a new problem');
  assert.equal(impact(FULL, 'application', undefined, risky), 'neutral');
  const noPlatform = edit(FULL, [
    '    platforms:\n      - id: wordpress\n        name: WordPress\n        owner: it-leadership\n        sourcing: saas\n        hosting: internal\n',
    '',
  ]);
  assert.equal(impact(noPlatform, 'platform'), 'neutral');
  for (const [from, to] of [
    ['strategy: Test strategy', 'strategy: X'],
    ['organization: Test Co', 'organization: Y'],
    ['version: "1"', 'version: "2"'],
    ['sponsor: cio', 'sponsor: ceo'],
  ]) {
    assert.equal(diffTexts(FULL, edit(FULL, [from, to])).find((r) => r.kind === 'strategy')!.impact, 'neutral', from);
  }
});
