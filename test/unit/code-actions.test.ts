// Quick fixes: each one, applied to the text and re-analyzed, removes its diagnostic, adds no schema
// error and keeps every comment; exact outputs for block, flow and empty shapes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codeActions } from '../../server/src/core/features/codeActions';
import type { CodeFix } from '../../server/src/core/features/types';
import type { Problem, RuleCode } from '../../server/src/core/types';
import { validStrategy } from '../helpers/core';
import type { Analysis } from '../../server/src/core/analyze';
import { analyzeText, applyEdits, comments, keepsComments } from '../helpers/features';

interface Offered {
  problem: Problem;
  fix: CodeFix;
}

/** Fixes offered for the problems of `code`, each asked for at its own span (as an editor does). */
function fixesFor(text: string, code: RuleCode): Offered[] {
  const a = analyzeText(text);
  const out: Offered[] = [];
  for (const p of a.problems.filter((q) => q.code === code)) {
    const fixes = codeActions(a, p.span, a.problems);
    for (const fix of fixes) if (a.problems[fix.problem] === p) out.push({ problem: p, fix });
  }
  return out;
}

/** Applies a fix and checks the three promises; returns the new text. */
function applyChecked(text: string, { problem, fix }: Offered, analysis?: Analysis): string {
  const before = (analysis ?? analyzeText(text)).problems;
  const out = applyEdits(text, fix.edits);
  const after = analyzeText(out).problems;
  const count = (ps: Problem[]) => ps.filter((p) => p.code === problem.code).length;
  assert.ok(
    count(after) < count(before),
    `"${fix.title}" leaves ${problem.code} (${count(before)} -> ${count(after)}):\n${out}`,
  );
  const schemaBefore = new Set(before.filter((p) => p.code === 'schema').map((p) => p.message));
  const added = after.filter((p) => p.code === 'schema' && !schemaBefore.has(p.message));
  assert.deepEqual(
    added.map((p) => p.message),
    [],
    `"${fix.title}" adds schema errors:\n${out}`,
  );
  assert.ok(keepsComments(comments(text), comments(out)), `"${fix.title}" loses a comment:\n${out}`);
  return out;
}

function structural(text: string, code: RuleCode, title?: RegExp): Offered {
  const offered = fixesFor(text, code).filter(
    (o) => !o.fix.title.startsWith('Disable') && (!title || title.test(o.fix.title)),
  );
  assert.ok(offered.length > 0, `no ${code} fix${title ? ` matching ${title}` : ''}`);
  return offered[0];
}

const HEAD = 'strategy: S\norganization: O\nsponsor: cio\nreview: { cadence: annual, last: 2026-06-01 }\n';

describe('missing-owner', () => {
  test('a conversation gets the recommended role of its first invited function, as its first key', () => {
    const text = validStrategy({
      'social-support': '  social-support:\n    # who answers?\n    participants: [support-lead, cio]  # agreed',
    });
    const o = structural(text, 'missing-owner');
    assert.equal(o.fix.isPreferred, true);
    const out = applyChecked(text, o);
    assert.match(
      out,
      / {2}social-support:\n {4}# who answers\?\n {4}owner: support-lead\n {4}participants: \[support-lead, cio\] {2}# agreed\n/,
    );
  });
  test('an empty conversation (key alone, null or ~) gets an owner line below its key', () => {
    for (const empty of ['', ' null', ' ~  # later']) {
      const text = validStrategy({ 'social-innovation': `  social-innovation:${empty}` });
      const out = applyChecked(text, structural(text, 'missing-owner'));
      assert.match(out, / {2}social-innovation:( {2}# later)?\n {4}owner: rnd-lead\n/, out);
    }
  });
  test('a flow-style conversation gets `owner: ROLE, ` inside its braces', () => {
    const text = validStrategy({ 'social-support': '  social-support: { participants: [support-lead, cio] }' });
    const out = applyChecked(text, structural(text, 'missing-owner'));
    assert.match(out, /social-support: \{ owner: support-lead, participants: \[support-lead, cio\] \}/);
  });
  test("an item gets its conversation's owner as its first key", () => {
    const text = validStrategy({
      'social-media':
        '  social-media:\n    owner: pr-lead\n    participants: [cmo, sales-lead, cio]\n    goals:\n      - id: g1  # first\n        statement: S',
    });
    const out = applyChecked(text, structural(text, 'missing-owner'));
    assert.match(out, / {6}- owner: pr-lead\n {8}id: g1 {2}# first\n {8}statement: S/);
  });
  test('an item of an ownerless conversation gets the recommended role; a flow item too', () => {
    const text = validStrategy({
      'social-liability':
        '  social-liability:\n    participants: [cso, chief-regulatory-officer, general-counsel, cio]\n    liabilities:\n      - { id: l1, title: T, status: accepted }',
    });
    const itemFix = fixesFor(text, 'missing-owner').find(
      (o) => o.problem.severity === 'error' && o.fix.title === 'Add owner: cso',
    );
    assert.ok(itemFix, 'a fix for the liability');
    const out = applyChecked(text, itemFix);
    assert.match(out, /- \{ owner: cso, id: l1, title: T, status: accepted \}/);
  });
});

describe('unknown-role and unknown-reference', () => {
  test('replace the value with the suggestion, keeping its quotes', () => {
    const text = validStrategy({
      'social-support': '  social-support:\n    owner: "suport-lead"  # typo\n    participants: [cio]',
    });
    const o = structural(text, 'unknown-role');
    assert.equal(o.fix.title, 'Change to "support-lead"');
    assert.match(applyChecked(text, o), /owner: "support-lead" {2}# typo/);
  });
  test('a platform reference', () => {
    const text = validStrategy({
      'social-media':
        '  social-media:\n    owner: cmo\n    participants: [pr-lead, sales-lead, cio]\n    applications:\n      - id: a1\n        name: A\n        owner: cmo\n        platform: wordpres',
      'social-technologies':
        '  social-technologies:\n    owner: cio\n    participants: [it-leadership]\n    platforms:\n      - id: wordpress\n        name: WP\n        owner: cio',
    });
    assert.match(applyChecked(text, structural(text, 'unknown-reference')), /platform: wordpress\n/);
  });
  test('no structural fix without a close suggestion, only the suppression', () => {
    const text = validStrategy({
      'social-support': '  social-support:\n    owner: nobody-at-all\n    participants: [support-lead, cio]',
    });
    const titles = fixesFor(text, 'unknown-role').map((o) => o.fix.title);
    assert.deepEqual(titles, ['Disable unknown-role for this line']);
  });
});

describe('missing-conversation', () => {
  test('adds the conversation with its recommended team at the end of conversations', () => {
    const text = validStrategy({ 'social-support': '', 'social-liability': '' }) + '# the end\n';
    const offered = fixesFor(text, 'missing-conversation');
    const support = offered.find((o) => o.fix.title.startsWith('Add the social-support'))!;
    const out = applyChecked(text, support);
    assert.match(
      out,
      /participants: \[it-leadership\]\n {2}social-support:\n {4}owner: support-lead\n {4}participants: \[cio\]\n# the end\n$/,
    );
    const all = offered.find((o) => o.fix.title.startsWith('Add all 2'))!;
    const both = applyEdits(text, all.fix.edits);
    assert.deepEqual(
      analyzeText(both).problems.filter((p) => p.code === 'missing-conversation'),
      [],
    );
  });
  test('adds a conversations block at the end of a file that has none (no final newline)', () => {
    const text = `${HEAD.trimEnd()}`;
    const offered = fixesFor(text, 'missing-conversation').filter((o) =>
      o.fix.title.startsWith('Add the social-media'),
    );
    const out = applyChecked(text, offered[0]);
    assert.ok(
      out.endsWith(
        'last: 2026-06-01 }\nconversations:\n  social-media:\n    owner: cmo\n    participants: [pr-lead, sales-lead, cio]\n',
      ),
      out,
    );
  });
  test("fills an empty conversations key and follows the file's indentation step", () => {
    const text = `${HEAD}conversations:   # to do\n`;
    const out = applyChecked(text, structural(text, 'missing-conversation', /social-innovation/));
    assert.match(
      out,
      /conversations: {3}# to do\n {2}social-innovation:\n {4}owner: rnd-lead\n {4}participants: \[cio\]\n/,
    );
    const four = `${HEAD}conversations:\n    social-media:\n        owner: cmo\n        participants: [pr-lead, sales-lead, cio]\n`;
    const deep = applyChecked(four, structural(four, 'missing-conversation', /social-support/));
    assert.match(deep, /\n {4}social-support:\n {8}owner: support-lead\n {8}participants: \[cio\]\n$/);
  });
  test("uses the file's sponsor in place of the CIO", () => {
    const text = validStrategy({ 'social-support': '' }).replace('sponsor: cio', 'sponsor: ceo');
    assert.match(
      applyChecked(text, structural(text, 'missing-conversation')),
      /social-support:\n {4}owner: support-lead\n {4}participants: \[ceo\]\n/,
    );
  });
  test('keeps CRLF line breaks', () => {
    const text = validStrategy({ 'social-support': '' }).replace(/\n/g, '\r\n');
    const out = applyChecked(text, structural(text, 'missing-conversation'));
    assert.ok(!/[^\r]\n/.test(out), 'every line break is CRLF');
  });
});

describe('uncovered-liability', () => {
  const exposed = (liability: string) =>
    validStrategy({
      'social-media':
        '  social-media:\n    owner: cmo\n    participants: [pr-lead, sales-lead, cio]\n    applications:\n      - id: blog\n        name: Blog\n        owner: cmo\n        audience: external\n        data: [customer-pii]',
      'social-liability': `  social-liability:\n    owner: general-counsel\n    participants: [cso, chief-regulatory-officer, cio]${liability}`,
    });
  test('one fix per existing liability, the first preferred; flow covers', () => {
    const text = exposed(
      '\n    liabilities:\n      - id: l1\n        title: One\n        owner: cso\n        covers: [other]\n        mitigations: [m]\n      - id: l2\n        title: Two\n        owner: cso\n        mitigations: [m]',
    );
    const offered = fixesFor(text, 'uncovered-liability').filter((o) => !o.fix.title.startsWith('Disable'));
    assert.deepEqual(
      offered.map((o) => [o.fix.title, !!o.fix.isPreferred]),
      [
        ['Add blog to the covers of liability l1', true],
        ['Add blog to the covers of liability l2', false],
        ['Add a liability that covers blog to social-liability', false],
      ],
    );
    assert.match(applyEdits(text, offered[0].fix.edits), /covers: \[other, blog\]/);
    assert.match(
      applyChecked(text, offered[1]),
      /title: Two\n {8}owner: cso\n {8}mitigations: \[m\]\n {8}covers: \[blog\]\n/,
    );
    assert.match(
      applyChecked(text, offered[2]),
      /- id: blog-exposure\n {8}title: Exposure of Blog\n {8}category: privacy\n {8}owner: general-counsel\n {8}covers: \[blog\]\n/,
    );
  });
  test('a block covers list gets a new `- id` line', () => {
    const text = exposed(
      '\n    liabilities:\n      - id: l1\n        title: One\n        owner: cso\n        covers:\n          - other  # kept\n        mitigations: [m]',
    );
    assert.match(
      applyChecked(text, structural(text, 'uncovered-liability')),
      /covers:\n {10}- other {2}# kept\n {10}- blog\n {8}mitigations/,
    );
  });
  test('an empty covers key gets an inline list', () => {
    const text = exposed(
      '\n    liabilities:\n      - id: l1\n        title: One\n        owner: cso\n        covers:\n        mitigations: [m]',
    );
    assert.match(applyChecked(text, structural(text, 'uncovered-liability')), /covers: \[blog\]\n/);
  });
  test('a liability stub creates the liabilities list, or the social-liability conversation', () => {
    const none = exposed('');
    assert.match(
      applyChecked(none, structural(none, 'uncovered-liability')),
      /participants: \[cso, chief-regulatory-officer, cio\]\n {4}liabilities:\n {6}- id: blog-exposure\n/,
    );
    const absent = validStrategy({
      'social-media':
        '  social-media:\n    owner: cmo\n    participants: [pr-lead, sales-lead, cio]\n    applications:\n      - id: blog\n        name: Blog\n        audience: partners\n        owner: cmo',
      'social-liability': '',
    });
    const out = applyChecked(absent, structural(absent, 'uncovered-liability'));
    assert.match(
      out,
      /\n {2}social-liability:\n {4}owner: cso\n {4}participants: \[chief-regulatory-officer, general-counsel, cio\]\n {4}liabilities:\n {6}- id: blog-exposure\n {8}title: Exposure of Blog\n {8}category: security\n/,
    );
  });
});

describe('missing-participant', () => {
  test('adds the recommended role to a flow list', () => {
    const text = validStrategy({
      'social-media': '  social-media:\n    owner: cmo\n    participants: [pr-lead, cio]  # sales?',
    });
    const o = structural(text, 'missing-participant');
    assert.equal(o.fix.title, 'Add sales-lead (Head of Sales) to the participants of social-media');
    assert.match(applyChecked(text, o), /participants: \[pr-lead, cio, sales-lead\] {2}# sales\?/);
  });
  test('adds a line to a block list', () => {
    const text = validStrategy({
      'social-support': '  social-support:\n    owner: cio\n    participants:\n      - cio',
    });
    assert.match(
      applyChecked(text, structural(text, 'missing-participant')),
      /participants:\n {6}- cio\n {6}- support-lead\n/,
    );
  });
  test('creates participants after the owner, or as the first key', () => {
    const withOwner = validStrategy({ 'social-support': '  social-support:\n    owner: cio\n    summary: S' });
    assert.match(
      applyChecked(withOwner, structural(withOwner, 'missing-participant')),
      /owner: cio\n {4}participants: \[support-lead\]\n {4}summary: S/,
    );
    const noOwner = validStrategy({ 'social-innovation': '  social-innovation:\n    summary: S' });
    assert.match(
      applyChecked(noOwner, structural(noOwner, 'missing-participant')),
      /social-innovation:\n {4}participants: \[rnd-lead\]\n {4}summary: S/,
    );
  });
  test('skips a recommended role that is already seated (redeclared with another function)', () => {
    const text = validStrategy({
      roles:
        'roles:\n  pr-lead:\n    title: PR and brand\n    function: marketing\n  press-officer:\n    title: Press officer\n    function: pr',
      'social-media': '  social-media:\n    owner: cmo\n    participants: [pr-lead, sales-lead, cio]',
    });
    assert.match(
      applyChecked(text, structural(text, 'missing-participant')),
      /participants: \[pr-lead, sales-lead, cio, press-officer\]/,
    );
  });
});

describe('suppression comments', () => {
  test("every diagnostic gets a disable-next-line comment with its line's indentation", () => {
    const text = validStrategy({
      'social-support': '  social-support:\n    owner: nobody-at-all\n    participants: [support-lead, cio]',
    });
    const o = fixesFor(text, 'unknown-role')[0];
    assert.equal(o.fix.title, 'Disable unknown-role for this line');
    assert.match(applyChecked(text, o), /\n {4}# strategy-disable-next-line unknown-role\n {4}owner: nobody-at-all\n/);
  });
  test('a directive already above the line is extended, not stacked', () => {
    const text = validStrategy({
      'social-support':
        '  # strategy-disable-next-line sponsor-absent -- decided in March\n  social-support:\n    participants: [support-lead]',
    });
    const o = fixesFor(text, 'missing-owner').find((x) => x.fix.title.startsWith('Disable'))!;
    const out = applyChecked(text, o);
    assert.match(
      out,
      /# strategy-disable-next-line sponsor-absent, missing-owner -- decided in March\n {2}social-support:/,
    );
    assert.deepEqual(
      analyzeText(out).problems.filter((p) => p.code === 'sponsor-absent'),
      [],
    );
  });
  test('a diagnostic at line 0 gets a file-level comment at the top', () => {
    const text = `# Draft\n${HEAD}`;
    const o = fixesFor(text, 'missing-conversation').find((x) => x.fix.title.startsWith('Disable'))!;
    assert.equal(o.fix.title, 'Disable missing-conversation for the whole file');
    const out = applyEdits(text, o.fix.edits);
    assert.ok(out.startsWith('# strategy-disable missing-conversation\n# Draft\n'), out);
    assert.deepEqual(
      analyzeText(out).problems.filter((p) => p.code === 'missing-conversation'),
      [],
    );
    const again = `# strategy-disable review-missing\n${HEAD}`;
    const extended = applyEdits(
      again,
      fixesFor(again, 'missing-conversation').find((x) => x.fix.title.startsWith('Disable'))!.fix.edits,
    );
    assert.ok(extended.startsWith('# strategy-disable review-missing, missing-conversation\n'), extended);
  });
  test('file-too-large gets no suppression (nothing in such a file is read)', () => {
    const a = analyzeText('x'.repeat(100));
    const big = {
      ...a,
      problems: [
        { code: 'file-too-large' as const, severity: 'error' as const, message: 'm', span: { start: 0, end: 10 } },
      ],
    };
    assert.deepEqual(codeActions(big, { start: 0, end: 0 }, big.problems), []);
  });
});

test('fixes are offered only for the problems at the requested span, indexed into the list given', () => {
  const text = validStrategy({
    'social-support': '  social-support:\n    owner: suport-lead\n    participants: [cio]',
  });
  const a = analyzeText(text);
  const at = text.indexOf('suport-lead');
  const fixes = codeActions(a, { start: at + 2, end: at + 2 }, a.problems);
  assert.ok(fixes.length >= 2);
  for (const f of fixes) assert.equal(a.problems[f.problem].code, 'unknown-role');
  assert.deepEqual(
    codeActions(
      a,
      { start: 0, end: 0 },
      a.problems.filter((p) => p.code === 'unknown-role'),
    ),
    [],
  );
});

test('a problem that lost its data (as a client may send it back) still gets its fix', () => {
  const text = validStrategy({ 'social-support': '' });
  const a = analyzeText(text);
  const bare = a.problems.map(({ data: _data, ...p }) => p);
  const fixes = codeActions(a, bare[0].span, bare);
  assert.ok(fixes.some((f) => f.title.startsWith('Add the social-support conversation')));
});

describe('round trips on the samples: every fix keeps every comment and parses', () => {
  function roundTrip(text: string): number {
    const a = analyzeText(text);
    let n = 0;
    for (const problem of a.problems) {
      for (const fix of codeActions(a, problem.span, a.problems)) {
        if (a.problems[fix.problem] !== problem) continue;
        applyChecked(text, { problem, fix }, a);
        n++;
      }
    }
    return n;
  }
  test('samples/draft.strategy.yaml', () => {
    const text = readFileSync('samples/draft.strategy.yaml', 'utf8');
    assert.ok(analyzeText(text).problems.length >= 8);
    assert.ok(roundTrip(text) >= 15);
  });
  test('samples/northwind.strategy.yaml, broken one line at a time', () => {
    const text = readFileSync('samples/northwind.strategy.yaml', 'utf8');
    assert.equal(roundTrip(text), 0, 'the complete sample has nothing to fix');
    const lines = text.split('\n');
    const variants: string[] = [];
    const replaced = (i: number, ...by: string[]) => [...lines.slice(0, i), ...by, ...lines.slice(i + 1)].join('\n');
    // Every third line of each kind, to keep the test quick: drop an owner, participants or covers
    // line; misspell an owner or a platform.
    const seen = new Map<string, number>();
    lines.forEach((l, i) => {
      const kind = /^\s+(owner|participants|covers|platform):/.exec(l)?.[1];
      if (!kind) return;
      const n = seen.get(kind) ?? 0;
      seen.set(kind, n + 1);
      if (n % 3 !== 0) return;
      if (kind !== 'platform') variants.push(replaced(i));
      if (kind === 'owner') variants.push(replaced(i, l.replace(/owner: (\S)/, 'owner: $1x')));
      if (kind === 'platform') variants.push(replaced(i, `${l}x`));
    });
    const start = lines.findIndex((l) => l === '  social-innovation:');
    const end = lines.findIndex((l, i) => i > start && /^ {2}[a-z]/.test(l));
    variants.push([...lines.slice(0, start), ...lines.slice(end)].join('\n'));
    let fixes = 0;
    for (const v of variants) fixes += roundTrip(v);
    assert.ok(variants.length > 20 && fixes > variants.length, `${variants.length} variants, ${fixes} fixes`);
  });
});
