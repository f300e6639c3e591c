// Completion at a cursor marker, on complete and half-typed documents.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { complete } from '../../server/src/core/features/completion';
import type { CompletionEntry } from '../../server/src/core/features/types';
import { analyzeText, withCursor } from '../helpers/features';

function at(fixture: string): { entries: CompletionEntry[]; text: string; offset: number } {
  const { text, offset } = withCursor(fixture);
  const entries = complete(analyzeText(text), offset).sort(
    (a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '') || a.label.localeCompare(b.label),
  );
  return { entries, text, offset };
}

const labels = (fixture: string) => at(fixture).entries.map((e) => e.label);

/**
 * Inserts an entry as VS Code does: snippet tab stops take their default text, and every further
 * line gets the cursor line's indentation (insertTextMode adjustIndentation).
 */
function insert(text: string, e: CompletionEntry, offset: number): string {
  let body = e.insertText;
  if (e.isSnippet) {
    body = body
      .replace(/\$\{CURRENT_YEAR\}/g, '2027')
      .replace(/\$\{CURRENT_MONTH\}/g, '01')
      .replace(/\$\{CURRENT_DATE\}/g, '15')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\d+/g, '');
  }
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^ */.exec(text.slice(lineStart))![0];
  body = body.replace(/\n/g, `\n${indent}`);
  const span = e.replace ?? { start: offset, end: offset };
  return text.slice(0, span.start) + body + text.slice(span.end);
}

const HEAD = 'strategy: S\norganization: O\nsponsor: cio\nreview: { cadence: annual, last: 2026-06-01 }\n';

describe('role ids', () => {
  test('at the end of an incomplete document, after `    owner: `', () => {
    const { entries } = at(`${HEAD}conversations:\n  social-media:\n    owner: |`);
    const cmo = entries.find((e) => e.label === 'cmo');
    assert.ok(cmo, 'cmo is offered');
    assert.equal(cmo.kind, 'role');
    assert.equal(cmo.detail, 'Chief Marketing Officer (marketing)');
    assert.equal(entries[0].label, 'cmo', 'the recommended owner of social-media comes first');
    assert.equal(entries.length, 14);
  });
  test('declared roles come after the built-in ones, with title and function', () => {
    const fixture = `${HEAD}roles:\n  community-manager:\n    title: Community Manager\n    function: marketing\n    description: Runs the blogger program\nconversations:\n  social-support:\n    owner: su|\n`;
    const { entries } = at(fixture);
    const cm = entries.find((e) => e.label === 'community-manager')!;
    assert.equal(cm.detail, 'Community Manager (marketing)');
    assert.match(cm.documentation!, /declared under `roles`/);
    assert.match(cm.documentation!, /Runs the blogger program/);
    assert.equal(entries[0].label, 'support-lead');
    const { text, offset } = withCursor(fixture);
    assert.deepEqual(entries[0].replace, { start: offset - 2, end: offset }, 'replaces the typed word');
    assert.equal(text.slice(entries[0].replace.start, entries[0].replace.end), 'su');
  });
  test('in a flow participants list: those not yet listed, the missing functions first', () => {
    const ids = labels(`${HEAD}conversations:\n  social-media:\n    owner: cmo\n    participants: [pr-lead, |]\n`);
    assert.ok(!ids.includes('pr-lead'));
    assert.equal(ids[0], 'sales-lead');
    assert.ok(ids.includes('cmo'), 'the owner may be listed too');
  });
  test('in a flow list with items after the cursor, and unclosed', () => {
    const ids = labels(`${HEAD}conversations:\n  social-media:\n    participants: [cio, |, pr-lead]\n`);
    assert.ok(!ids.includes('cio') && !ids.includes('pr-lead'));
    const open = labels(`${HEAD}conversations:\n  social-media:\n    participants: [cio, pr-lead, |`);
    assert.ok(open.includes('cmo') && !open.includes('cio'));
  });
  test('in a block participants list after `- `', () => {
    const ids = labels(
      `${HEAD}conversations:\n  social-media:\n    owner: cmo\n    participants:\n      - pr-lead\n      - |\n      - cio\n    summary: S\n`,
    );
    assert.ok(!ids.includes('pr-lead') && !ids.includes('cio'));
    assert.equal(ids[0], 'sales-lead');
  });
  test('on the continuation line of a multi-line flow list', () => {
    const ids = labels(`${HEAD}conversations:\n  social-media:\n    participants: [cmo,\n      cio, |\n    ]\n`);
    assert.ok(ids.includes('pr-lead') && !ids.includes('cmo') && !ids.includes('cio'));
  });
  test('inside quotes, the quotes stay', () => {
    const { entries, text } = at(`${HEAD}conversations:\n  social-media:\n    owner: "cm|"\n`);
    const cmo = entries.find((e) => e.label === 'cmo')!;
    assert.equal(cmo.insertText, 'cmo');
    assert.equal(text.slice(cmo.replace!.start, cmo.replace!.end), 'cm');
  });
  test('with CRLF line breaks', () => {
    assert.equal(labels(`${HEAD}conversations:\n  social-media:\n    owner: |\n`.replace(/\n/g, '\r\n'))[0], 'cmo');
  });
  test('below `participants:` without a dash yet, each entry brings its `- `', () => {
    const { entries } = at(`${HEAD}conversations:\n  social-media:\n    participants:\n      |`);
    assert.equal(entries.find((e) => e.label === 'cmo')!.insertText, '- cmo');
  });
  test('the sponsor, and a space after a bare colon', () => {
    const { entries } = at('strategy: S\nsponsor:|\n');
    assert.equal(entries[0].label, 'cio');
    assert.equal(entries[0].insertText, ' cio');
  });
});

describe('keys', () => {
  test("the keys the schema allows, minus those present, with the schema's markdown description", () => {
    const { entries } = at(`${HEAD}conversations:\n  social-media:\n    owner: cmo\n    |\n    goals: []\n`);
    const keys = entries.filter((e) => e.kind === 'property').map((e) => e.label);
    assert.deepEqual(keys, ['participants', 'summary', 'review', 'applications']);
    const summary = entries.find((e) => e.label === 'summary')!;
    assert.match(summary.documentation!, /\*\*What the conversation is about\*\*/);
    assert.equal(summary.insertText, 'summary: ');
  });
  test('a half-typed key is replaced; a key followed by a colon inserts the name alone', () => {
    const fixture = `${HEAD}conversations:\n  social-technologies:\n    owner: cio\n    plat|\n`;
    const { entries, text } = at(fixture);
    const platforms = entries.find((e) => e.label === 'platforms')!;
    assert.equal(text.slice(platforms.replace!.start, platforms.replace!.end), 'plat');
    const renamed = at(`${HEAD}conversations:\n  social-media:\n    own|er: cmo\n`).entries.find(
      (e) => e.label === 'owner',
    );
    assert.ok(renamed, 'the key under the cursor is not "present"');
    assert.equal(renamed.insertText, 'owner');
  });
  test('platforms only in social-technologies, liabilities only in social-liability', () => {
    assert.ok(!labels(`${HEAD}conversations:\n  social-media:\n    |\n`).includes('platforms'));
    assert.ok(labels(`${HEAD}conversations:\n  social-technologies:\n    |\n`).includes('platforms'));
    assert.ok(labels(`${HEAD}conversations:\n  social-liability:\n    |\n`).includes('liabilities'));
  });
  test('top-level keys in an empty file and after the header', () => {
    assert.deepEqual(labels('|').slice(0, 3), ['strategy', 'organization', 'version']);
    assert.deepEqual(labels(`${HEAD}|`), ['version', 'roles', 'conversations', 'include']);
  });
  test("in a compact list (dashes at the key's column), a new item and its next key", () => {
    const base = `${HEAD}conversations:\n  social-media:\n    goals:\n    - id: a\n      statement: S\n`;
    assert.equal(labels(`${base}    - |\n`)[0], 'Goal');
    assert.deepEqual(labels(`${base}      |\n`), ['owner', 'metric', 'target', 'due', 'status']);
  });
  test('keys of a flow mapping', () => {
    assert.deepEqual(labels('review: { cadence: monthly, | }\n'), ['last']);
  });
  test('keys of a list item after `- `, with the item snippet first', () => {
    const { entries } = at(`${HEAD}conversations:\n  social-media:\n    goals:\n      - |\n`);
    assert.equal(entries[0].kind, 'snippet');
    assert.equal(entries[0].label, 'Goal');
    assert.deepEqual(
      entries.slice(1).map((e) => e.label),
      ['id', 'statement', 'owner', 'metric', 'target', 'due', 'status'],
    );
  });
});

describe('values', () => {
  test('enum values with their descriptions', () => {
    const { entries } = at(`${HEAD}conversations:\n  social-media:\n    goals:\n      - id: g\n        status: |`);
    assert.deepEqual(
      entries.map((e) => e.label),
      ['planned', 'active', 'done', 'dropped'],
    );
    assert.match(entries[2].documentation!, /never reported as overdue/);
    assert.deepEqual(labels('review: { cadence: | }'), ['monthly', 'quarterly', 'semiannual', 'annual']);
  });
  test('enum values in a list skip those listed', () => {
    assert.deepEqual(
      labels(`${HEAD}conversations:\n  social-media:\n    applications:\n      - id: a\n        data: [public, |]\n`),
      ['internal', 'confidential', 'customer-pii', 'employee-pii', 'regulated'],
    );
  });
  test("an application's platform: platforms only", () => {
    const fixture = `${HEAD}conversations:\n  social-media:\n    applications:\n      - id: blog\n        name: Blog\n        platform: |\n  social-technologies:\n    platforms:\n      - id: wordpress\n        name: WordPress.com\n    goals:\n      - id: consolidate\n        statement: S\n`;
    const { entries } = at(fixture);
    assert.deepEqual(
      entries.map((e) => e.label),
      ['wordpress'],
    );
    assert.equal(entries[0].kind, 'reference');
    assert.match(entries[0].detail!, /Platform: WordPress.com/);
  });
  test("a liability's covers: applications and platforms not yet listed, uncovered first", () => {
    const fixture = `${HEAD}conversations:\n  social-media:\n    applications:\n      - id: internal-wiki\n        name: Wiki\n      - id: blog\n        name: Blog\n        audience: external\n  social-technologies:\n    platforms:\n      - id: wordpress\n        name: WP\n  social-liability:\n    liabilities:\n      - id: l1\n        title: T\n        covers: [wordpress, |]\n      - id: l2\n        title: U\n`;
    assert.deepEqual(labels(fixture), ['blog', 'internal-wiki']);
  });
  test('nothing in a comment or a block scalar', () => {
    assert.deepEqual(labels(`${HEAD}# owner: |\n`), []);
    assert.deepEqual(
      labels(`${HEAD}conversations:\n  social-media:\n    summary: >-\n      Some text\n      owner: $$CURSOR$$\n`),
      [],
    );
  });
});

describe('conversations and snippets', () => {
  test('under conversations: the missing ones, in order, each also with its team', () => {
    const { entries } = at(
      `${HEAD}conversations:\n  social-media:\n    owner: cmo\n  social-support:\n    owner: support-lead\n  |\n`,
    );
    const ids = entries.filter((e) => e.kind === 'conversation').map((e) => e.label);
    assert.deepEqual(ids, ['social-networking', 'social-innovation', 'social-technologies', 'social-liability']);
    const team = entries.find((e) => e.label === 'social-networking with its team')!;
    assert.equal(team.kind, 'snippet');
    assert.match(
      team.insertText,
      /^social-networking:\n {2}owner: \$\{1:chro\}\n {2}participants: \[\$\{2:sales-lead\}, \$\{3:coo\}, \$\{4:cio\}\]\n/,
    );
    assert.match(team.documentation!, /Collaboration and knowledge sharing/);
  });
  test('a goal snippet brings the conversation owner, and inserted it makes a valid file', () => {
    const fixture = `${HEAD}conversations:\n  social-media:\n    owner: pr-lead\n    goals:\n      - |\n`;
    const { entries, text, offset } = at(fixture);
    const goal = entries.find((e) => e.label === 'Goal')!;
    assert.match(goal.insertText, /owner: \$\{3:pr-lead\}/);
    const out = insert(text, goal, offset);
    assert.match(
      out,
      /\n {6}- id: goal-id\n {8}statement: What this conversation sets out to achieve\n {8}owner: pr-lead\n/,
    );
    assert.deepEqual(
      analyzeText(out).problems.filter((p) => p.code === 'schema'),
      [],
    );
  });
  test('below a list key without a dash, item snippets bring their `- `', () => {
    const fixture = `${HEAD}conversations:\n  social-technologies:\n    owner: cio\n    platforms:\n      |\n`;
    const { entries, text, offset } = at(fixture);
    const platform = entries.find((e) => e.label === 'Platform')!;
    const out = insert(text, platform, offset);
    assert.match(out, /platforms:\n {6}- id: platform-id\n {8}name: Platform name\n/);
    assert.deepEqual(
      analyzeText(out).problems.filter((p) => p.code === 'schema'),
      [],
    );
  });
  test('every snippet offered in a half-written sample inserts valid YAML', () => {
    const sample = readFileSync('samples/northwind.strategy.yaml', 'utf8');
    const cursorAt = (pattern: RegExp, replacement: string) => sample.replace(pattern, () => replacement);
    const spots = [
      cursorAt(/\n {4}applications:\n/, '\n    applications:\n      - $$CURSOR$$\n'),
      readFileSync('samples/draft.strategy.yaml', 'utf8').replace(
        '\n  social-support:\n',
        () => '\n  $$CURSOR$$\n  social-support:\n',
      ),
      cursorAt(/\nroles:\n/, '\nroles:\n  $$CURSOR$$\n'),
      cursorAt(/\n {4}liabilities:\n/, '\n    liabilities:\n      - $$CURSOR$$\n'),
      cursorAt(/\n {4}summary: >-\n/, '\n    $$CURSOR$$\n    summary: >-\n'),
      `${HEAD}$$CURSOR$$\n`,
    ];
    let checked = 0;
    for (const fixture of spots) {
      const { entries, text, offset } = at(fixture);
      for (const e of entries.filter((x) => x.isSnippet)) {
        const out = insert(text, e, offset);
        // What bad indentation would cause; an empty tab stop left for the user may be flagged otherwise.
        const syntax = analyzeText(out).problems.filter(
          (p) => p.code === 'schema' && /syntax|Unknown key|must be an? (mapping|list)/i.test(p.message),
        );
        assert.deepEqual(
          syntax.map((p) => p.message),
          [],
          `${e.label}:\n${out}`,
        );
        checked++;
      }
    }
    assert.ok(checked >= 10, `${checked} snippets checked`);
  });
  test('a liability snippet covers the first exposed item that no liability covers', () => {
    const fixture = `${HEAD}conversations:\n  social-media:\n    applications:\n      - id: blog\n        name: Blog\n        audience: external\n  social-liability:\n    owner: cso\n    liabilities:\n      - |\n`;
    const liability = at(fixture).entries.find((e) => e.label === 'Liability')!;
    assert.match(liability.insertText, /covers: \[\$\{5:blog\}\]/);
    assert.match(liability.insertText, /owner: \$\{4:cso\}/);
  });
  test('a review value: the review snippet, inline in flow style', () => {
    const { entries } = at(`${HEAD}conversations:\n  social-media:\n    review: |`);
    assert.equal(entries[0].label, 'Review');
    assert.match(entries[0].insertText, /^\n {2}cadence: \$\{1\|monthly,quarterly,semiannual,annual\|\}\n {2}last: /);
  });
});
