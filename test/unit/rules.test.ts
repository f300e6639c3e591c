// Each rule: cases that fire (with the spec's range) and cases that must not.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, diagnose, rows, validStrategy } from '../helpers/core';

const only = (text: string, code: string) => rows(text).filter((r) => r.endsWith(` ${code}`));

test('a complete strategy reports nothing', () => {
  assert.deepEqual(rows(validStrategy()), []);
});

describe('missing-conversation', () => {
  test('one per missing conversation, at the conversations key', () => {
    const text = validStrategy({ 'social-support': '', 'social-innovation': '' });
    assert.deepEqual(only(text, 'missing-conversation'), [
      '5:1 warning missing-conversation',
      '5:1 warning missing-conversation',
    ]);
    const messages = diagnose(text)
      .map((d) => d.message)
      .join('\n');
    assert.match(messages, /social-support/);
    assert.match(messages, /social-innovation/);
  });
  test('at line 0 when there is no conversations key', () => {
    const r = rows('strategy: S\norganization: O\nsponsor: cio\n');
    assert.equal(r.filter((x) => x === '1:1 warning missing-conversation').length, 6);
  });
  test('an empty conversation is present (missing-owner instead)', () => {
    const text = validStrategy({ 'social-support': '  social-support:' });
    assert.deepEqual(only(text, 'missing-conversation'), []);
    assert.deepEqual(only(text, 'missing-owner'), ['12:3 error missing-owner']);
  });
  test('conversations of the wrong type: only the schema error', () => {
    const c = codes('strategy: S\norganization: O\nsponsor: cio\nconversations: [a]\n');
    assert.deepEqual(c, ['schema']);
  });
});

describe('missing-owner', () => {
  test('error for a conversation, warning for a goal, at its id value', () => {
    const text = validStrategy({
      'social-media':
        '  social-media:\n    participants: [pr-lead, sales-lead, cio, cmo]\n    goals:\n      - id: g1\n        statement: S',
    });
    assert.deepEqual(only(text, 'missing-owner'), ['6:3 error missing-owner', '9:13 warning missing-owner']);
  });
  test('a liability without owner is an error; without id it lands on the first key', () => {
    const text = validStrategy({
      'social-liability':
        '  social-liability:\n    owner: general-counsel\n    participants: [cso, chief-regulatory-officer, cio]\n    liabilities:\n      - title: T\n        status: accepted',
    });
    const d = diagnose(text).filter((x) => x.code === 'missing-owner');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'error');
    assert.deepEqual(d[0].range.start, { line: 24, character: 8 });
  });
});

describe('unknown-role', () => {
  test('suggests the closest role id', () => {
    const text = validStrategy({
      'social-support': '  social-support:\n    owner: suport-lead\n    participants: [cio]',
    });
    const d = diagnose(text).filter((x) => x.code === 'unknown-role');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /"suport-lead".*did you mean "support-lead"/);
    assert.deepEqual(d[0].data, { suggestion: 'support-lead' });
  });
  test('declared roles are known, and nothing far away is suggested', () => {
    const roles = 'roles:\n  community-manager:\n    title: Community Manager\n    function: marketing';
    const ok = validStrategy({
      roles,
      'social-support': '  social-support:\n    owner: support-lead\n    participants: [cio, community-manager]',
    });
    assert.deepEqual(only(ok, 'unknown-role'), []);
    const bad = validStrategy({
      'social-support': '  social-support:\n    owner: support-lead\n    participants: [cio, zzzzzz]',
    });
    const d = diagnose(bad).find((x) => x.code === 'unknown-role')!;
    assert.doesNotMatch(d.message, /did you mean/);
  });
  test('the sponsor too', () => {
    assert.ok(rows(validStrategy().replace('sponsor: cio', 'sponsor: cxo')).includes('3:10 error unknown-role'));
  });
});

describe('unknown-reference and coverage', () => {
  const tech =
    '  social-technologies:\n    owner: cio\n    participants: [it-leadership]\n    platforms:\n      - id: forum-host\n        name: Forum host\n        owner: cio\n        hosting: internal';
  const app = (platform: string, audience = 'external') =>
    `  social-support:\n    owner: support-lead\n    participants: [cio]\n    applications:\n      - id: forum\n        name: Forum\n        owner: support-lead\n        platform: ${platform}\n        audience: ${audience}`;
  const liability = (covers: string) =>
    `  social-liability:\n    owner: general-counsel\n    participants: [cso, chief-regulatory-officer, cio]\n    liabilities:\n      - id: l1\n        title: T\n        owner: cso\n        covers: [${covers}]\n        mitigations: [m]`;

  test('an unknown platform is reported at the reference', () => {
    const text = validStrategy({
      'social-technologies': tech,
      'social-support': app('forum-hots'),
      'social-liability': liability('forum'),
    });
    const d = diagnose(text).filter((x) => x.code === 'unknown-reference');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /did you mean "forum-host"/);
  });
  test('covers must name an application or platform, not a goal', () => {
    const text = validStrategy({
      'social-technologies': tech,
      'social-support': app('forum-host'),
      'social-liability': liability('forum, nope'),
    });
    assert.equal(only(text, 'unknown-reference').length, 1);
  });
  test('an exposed application covered by nothing is uncovered; covered through its platform is fine', () => {
    const uncovered = validStrategy({
      'social-technologies': tech,
      'social-support': app('forum-host'),
      'social-liability': liability(''),
    });
    assert.deepEqual(only(uncovered, 'uncovered-liability'), ['16:13 warning uncovered-liability']);
    const viaPlatform = validStrategy({
      'social-technologies': tech,
      'social-support': app('forum-host'),
      'social-liability': liability('forum-host'),
    });
    assert.deepEqual(only(viaPlatform, 'uncovered-liability'), []);
    const internal = validStrategy({
      'social-technologies': tech,
      'social-support': app('forum-host', 'internal'),
      'social-liability': liability(''),
    });
    assert.deepEqual(only(internal, 'uncovered-liability'), []);
  });
});

describe('duplicate-id', () => {
  test('every occurrence after the first, across kinds', () => {
    const text = validStrategy({
      'social-media':
        '  social-media:\n    owner: cmo\n    participants: [pr-lead, sales-lead, cio]\n    goals:\n      - { id: x, statement: a, owner: cmo }\n      - { id: x, statement: b, owner: cmo }',
      'social-innovation':
        '  social-innovation:\n    owner: rnd-lead\n    participants: [cio]\n    goals:\n      - { id: x, statement: c, owner: cmo }',
    });
    assert.deepEqual(only(text, 'duplicate-id').length, 2);
  });
});

describe('unmitigated-liability', () => {
  const l = (extra: string) =>
    `  social-liability:\n    owner: general-counsel\n    participants: [cso, chief-regulatory-officer, cio]\n    liabilities:\n      - id: l1\n        title: T\n        owner: cso\n${extra}`;
  test('open without mitigations fires; accepted or mitigated does not', () => {
    assert.equal(
      only(validStrategy({ 'social-liability': l('        status: open') }), 'unmitigated-liability').length,
      1,
    );
    assert.equal(
      only(validStrategy({ 'social-liability': l('        status: accepted') }), 'unmitigated-liability').length,
      0,
    );
    assert.equal(
      only(validStrategy({ 'social-liability': l('        mitigations: [Training]') }), 'unmitigated-liability').length,
      0,
    );
  });
});

describe('missing-participant and sponsor-absent', () => {
  test('one per missing function, at the conversation key', () => {
    const text = validStrategy({ 'social-media': '  social-media:\n    owner: cmo\n    participants: [cio]' });
    assert.deepEqual(only(text, 'missing-participant'), [
      '6:3 information missing-participant',
      '6:3 information missing-participant',
    ]);
  });
  test('the sponsor absent from a conversation', () => {
    const text = validStrategy({
      'social-support': '  social-support:\n    owner: support-lead\n    participants: []',
    });
    assert.deepEqual(only(text, 'sponsor-absent'), ['12:3 information sponsor-absent']);
  });
  test('an unknown sponsor is not checked for absence', () => {
    const text = validStrategy({ 'social-support': '  social-support:\n    owner: support-lead' }).replace(
      'sponsor: cio',
      'sponsor: nobody',
    );
    assert.deepEqual(only(text, 'sponsor-absent'), []);
  });
});

describe('reviews and goals', () => {
  test('review arithmetic clamps to the end of the month; due today is not overdue', () => {
    const text = validStrategy({ review: 'review:\n  cadence: quarterly\n  last: 2026-08-31' });
    assert.deepEqual(only(text, 'review-overdue'), []); // due 2026-11-30
    assert.deepEqual(
      rows(text, { today: '2026-11-30' }).filter((r) => r.endsWith('review-overdue')),
      [],
    );
    assert.deepEqual(
      rows(text, { today: '2026-12-01' }).filter((r) => r.endsWith('review-overdue')),
      ['6:9 warning review-overdue'],
    );
  });
  test("a conversation's own review is checked on its own", () => {
    const text = validStrategy({
      'social-support':
        '  social-support:\n    owner: support-lead\n    participants: [cio]\n    review: { cadence: monthly, last: 2026-09-01 }',
    });
    assert.equal(only(text, 'review-overdue').length, 1);
  });
  test('review-missing when neither has a review', () => {
    const text = validStrategy({ review: '' }).replace(/^review:.*\n/m, '');
    assert.equal(only(text, 'review-missing').length, 6);
  });
  test('goal-overdue unless done or dropped', () => {
    const g = (status: string) =>
      validStrategy({
        'social-media': `  social-media:\n    owner: cmo\n    participants: [pr-lead, sales-lead, cio]\n    goals:\n      - id: g\n        statement: s\n        owner: cmo\n        due: 2026-11-24\n${status}`,
      });
    assert.deepEqual(only(g(''), 'goal-overdue'), ['13:14 warning goal-overdue']);
    assert.deepEqual(only(g('        status: done'), 'goal-overdue'), []);
    assert.deepEqual(only(g('        status: dropped'), 'goal-overdue'), []);
  });
});

describe('one problem, one message', () => {
  const at = (text: string, row: string) => rows(text).filter((r) => r.startsWith(`${row} `));
  test('an owner of the wrong type gets the schema error only', () => {
    const text = validStrategy({
      'social-media': '  social-media:\n    owner: true\n    participants: [pr-lead, sales-lead, cio, cmo]',
    });
    assert.deepEqual(at(text, '7:12'), ['7:12 error schema']);
    assert.deepEqual(codes(text), ['schema']);
  });
  test('an owner given as a list gets the schema error, not missing-owner, for a conversation and an item', () => {
    const text = validStrategy({
      'social-media':
        '  social-media:\n    owner: [cmo, cio]\n    participants: [pr-lead, sales-lead, cio, cmo]\n    goals:\n      - id: g1\n        statement: S\n        owner: {role: cmo}',
    });
    assert.deepEqual(rows(text), ['7:12 error schema', '12:16 error schema']);
  });
  test('a sponsor or a participant of the wrong type gets the schema error only', () => {
    const text = validStrategy({
      'social-support': '  social-support:\n    owner: support-lead\n    participants: [cio, 7]',
    }).replace('sponsor: cio', 'sponsor: 42');
    assert.deepEqual(codes(text), ['schema', 'schema']);
  });
  test('a string that breaks the pattern and names no role keeps both', () => {
    const text = validStrategy({
      'social-support': '  social-support:\n    owner: Bad_Role\n    participants: [support-lead, cio]',
    });
    assert.deepEqual(rows(text), ['13:12 error schema', '13:12 error unknown-role']);
  });
});

test('messages use "an" before a vowel sound: an application, an hr leader, an it leader', () => {
  const text = validStrategy({
    'social-media':
      '  social-media:\n    owner: cmo\n    participants: [pr-lead, sales-lead, cio]\n    applications:\n      - { id: blog, name: Blog, owner: cmo, platform: wp, audience: internal, data: [public] }\n    goals:\n      - { statement: No id, owner: nobody }',
    'social-networking': '  social-networking:\n    owner: sales-lead\n    participants: [cio]',
    'social-technologies':
      '  social-technologies:\n    owner: cso\n    participants: [cmo]\n    platforms:\n      - { id: wp, name: WordPress, owner: cio, sourcing: free, hosting: external }\n      - { id: blog, name: Blog, owner: cio, sourcing: free, hosting: internal }',
  });
  const messages = diagnose(text).map((d) => d.message);
  assert.ok(
    messages.some((m) =>
      m.includes('is already used by an application in social-media; give this platform its own id'),
    ),
    messages.join('\n'),
  );
  assert.ok(
    messages.some((m) => m.startsWith('A goal is owned by "nobody"')),
    messages.join('\n'),
  );
  assert.ok(
    messages.some((m) => m.includes('invite an hr leader such as chro')),
    messages.join('\n'),
  );
  assert.ok(
    messages.some((m) => m.includes('invite an it leader such as')),
    messages.join('\n'),
  );
  for (const m of messages) assert.doesNotMatch(m, /\b[Aa] (?:[aeiou]|hr\b|rnd\b)/, m);
});
