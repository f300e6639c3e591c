// The preview in compare mode (spec: "Changes between revisions", the editor), rendered by the pure
// core: the "Changes since REV" section (regressions first, rows linked to their lines) and the marks
// on cards, seats and items: `added`, `removed` (drawn from the base side where it was, no line of the
// head) and `changed` (before and after shown). Every string from a file escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import { renderBody } from '../../server/src/core/render';
import { compareBody, edit, FULL } from '../helpers/diff';
import { TODAY } from '../helpers/core';

const WORKED = path.resolve(__dirname, '..', 'fixtures', 'diff', 'worked-example');
const OLD = fs.readFileSync(path.join(WORKED, 'old.strategy.yaml'), 'utf8');
const NEW = fs.readFileSync(path.join(WORKED, 'new.strategy.yaml'), 'utf8');

/** The opening tags that carry `name` among their classes. */
function tagsWithClass(html: string, name: string): string[] {
  return [...html.matchAll(/<[a-z]+\b[^>]*\bclass="([^"]*)"[^>]*>/g)]
    .filter((m) => m[1].split(' ').includes(name))
    .map((m) => m[0]);
}

/** The element that starts with the opening tag holding `needle`, up to its matching close (same tag name, no nesting of it inside). */
function elementWith(html: string, needle: string): string {
  const at = html.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the page`);
  const start = html.lastIndexOf('<', at);
  const name = /^<([a-z]+)/.exec(html.slice(start))![1];
  const end = html.indexOf(`</${name}>`, at);
  return html.slice(start, end + name.length + 3);
}

test('the worked example: the section lists every record, the four regressions first, each row with its line', () => {
  const body = compareBody(OLD, NEW);
  const section = elementWith(body, 'id="changes"');
  assert.match(section, /<h2>Changes since <span class="revision">HEAD<\/span><\/h2>/);
  assert.match(section, /2 added, 4 changed, 1 removed; 4 regressions/);
  assert.match(section, /data-action="leave-compare"/);
  const rows = [...section.matchAll(/<li class="change ([^"]*)" data-line="(\d+)"/g)].map((m) => m[1]);
  assert.equal(rows.length, 7);
  assert.deepEqual(
    rows.slice(0, 4).map((c) => c.split(' ').pop()),
    ['regression', 'regression', 'regression', 'regression'],
  );
  assert.ok(rows.slice(4).every((c) => !c.includes('regression')));
  const newLines = NEW.split('\n');
  const dueRow = /<li class="change[^>]*data-line="(\d+)"[^\n]*due moved from 2027-03-31 to 2027-09-30/.exec(section);
  assert.ok(dueRow, 'the due row has a line');
  const line = Number(dueRow[1]);
  assert.match(newLines[line], /due: 2027-09-30/, "the row links to the changed field's line");
});

test('the worked example: the card and the items are marked changed, with before and after', () => {
  const body = compareBody(OLD, NEW);
  const card = tagsWithClass(body, 'changed').filter((t) => t.startsWith('<article'));
  assert.deepEqual(
    card.map((t) => /data-id="([^"]+)"/.exec(t)![1]),
    ['social-media'],
  );
  assert.match(
    body,
    /<span class="change-field">owner<\/span> <del class="before">cmo<\/del> <span class="arrow">→<\/span> <ins class="after">pr-lead<\/ins>/,
  );
  const items = tagsWithClass(body, 'changed').filter((t) => t.startsWith('<li class="item'));
  assert.deepEqual(
    items.map((t) => /data-id="([^"]+)"/.exec(t)![1]),
    ['advocacy', 'brand-blog', 'blog-claims'],
  );
  assert.match(
    elementWith(body, 'data-id="blog-claims"'),
    /<del class="before">mitigated<\/del> <span class="arrow">→<\/span> <ins class="after">open<\/ins>/,
  );
  assert.deepEqual(
    tagsWithClass(body, 'removed'),
    ['<li class="removed">'],
    'sales-lead left the table: its seat is struck through',
  );
  assert.match(elementWith(body, '<li class="removed">'), /sales-lead/);
  assert.doesNotMatch(
    elementWith(body, '<li class="removed">'),
    /data-line/,
    'a seat of the base has no line of the head',
  );
});

test('a removed goal is drawn from the base where it was, struck through and without a line; an added one is marked added', () => {
  const before = edit(FULL, [
    '        status: active\n',
    '        status: active\n      - id: reach\n        statement: Reach more people\n        owner: cmo\n      - id: trust\n        statement: Be trusted\n        owner: cmo\n',
  ]);
  const after = edit(
    before,
    ['      - id: reach\n        statement: Reach more people\n        owner: cmo\n', ''],
    [
      '        data: [public]\n',
      '        data: [public]\n      - id: forum\n        name: Forum\n        owner: cmo\n',
    ],
  );
  const body = compareBody(before, after);
  const goals = [...body.matchAll(/<li class="item goal[^"]*" ?(?:data-line="\d+" )?data-id="([^"]+)"/g)].map(
    (m) => m[1],
  );
  assert.deepEqual(goals, ['advocacy', 'reach', 'trust'], 'the removed goal sits between the two it was between');
  const removed = tagsWithClass(body, 'removed');
  assert.equal(removed.length, 1);
  assert.match(removed[0], /^<li class="item goal status-planned removed" data-id="reach">$/);
  assert.match(elementWith(body, 'data-id="reach"'), /Reach more people/);
  const added = tagsWithClass(body, 'added').filter((t) => t.startsWith('<li class="item'));
  assert.deepEqual(
    added.map((t) => /data-id="([^"]+)"/.exec(t)![1]),
    ['forum'],
  );
  assert.match(added[0], /data-line="\d+"/, 'an added item links to its line');
});

test('a removed conversation is its base card, struck through, instead of the card saying whom to invite', () => {
  const start = FULL.indexOf('  social-support:');
  const after = FULL.slice(0, start) + FULL.slice(FULL.indexOf('  social-innovation:'));
  const body = compareBody(FULL, after);
  const card = elementWith(body, 'data-id="social-support"');
  assert.match(card, /^<article class="card conv removed" data-id="social-support">/);
  assert.match(card, /support-lead/);
  assert.doesNotMatch(card, /data-line/);
  assert.match(
    elementWith(body, 'id="changes"'),
    /<li class="change change-removed regression" data-fingerprint="[0-9a-f]{12}"><span class="change-sign">-<\/span> <span class="change-what">conversation/,
    'a removed conversation has no line in the head: its row is no link',
  );
});

test("no change: the section says so; the body is otherwise the live preview's", () => {
  const body = compareBody(FULL, FULL, 'v1.0');
  assert.match(body, /<p class="muted no-changes">No changes since v1\.0\.<\/p>/);
  assert.deepEqual(
    [...tagsWithClass(body, 'added'), ...tagsWithClass(body, 'removed'), ...tagsWithClass(body, 'changed')],
    [],
  );
  const live = renderBody(analyze(FULL, 'new.strategy.yaml', { today: TODAY, ignoreSuppressions: true }), {
    today: TODAY,
  });
  const withoutSection = body.replace(/<section class="section changes"[\s\S]*?<\/section>\n/, '');
  assert.equal(withoutSection, live);
});

test('the revision label, ids, values and messages are escaped', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const after = edit(
    FULL,
    ['        statement: Grow advocacy\n', `        statement: "${hostile}"\n`],
    ['    owner: chro\n', '    owner: "x<b>y"\n'],
  );
  const body = compareBody(FULL, after, `main"><script>alert(1)</script>`);
  assert.doesNotMatch(body, /<img|<script|<b>/);
  assert.match(body, /Changes since <span class="revision">main&quot;&gt;&lt;script&gt;/);
  assert.match(body, /<ins class="after">&lt;img src=x onerror=alert\(1\)&gt;<\/ins>/);
});
