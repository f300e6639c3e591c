// Ajv errors land on the narrowest YAML node, keyword by keyword (the spec's range column for `schema`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/core';

const HEAD = 'strategy: S\norganization: O\nsponsor: cio\n';
/** The schema diagnostics as "line:col-line:col message" (1-based). */
const schemaAt = (text: string) =>
  diagnose(text)
    .filter((d) => d.code === 'schema')
    .map(
      (d) =>
        `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.message}`,
    );

test('type: the offending value', () => {
  const [d] = schemaAt(`${HEAD}conversations:\n  social-media:\n    owner: cmo\n    summary: 12\n`);
  assert.match(d, /^7:14-7:16 "summary" in the social-media conversation must be a string, not a number/);
});

test('enum: the offending value', () => {
  const [d] = schemaAt(`${HEAD}review:\n  cadence: weekly\n  last: 2026-01-01\n`);
  assert.match(d, /^5:12-5:18 .*must be one of monthly, quarterly, semiannual, annual/);
});

test('pattern: the offending id', () => {
  const [d] = schemaAt(
    `${HEAD}conversations:\n  social-media:\n    owner: cmo\n    goals:\n      - id: Big Goal\n        statement: s\n`,
  );
  assert.match(d, /^8:13-8:21 .*kebab-case/);
});

test('format: an impossible calendar date', () => {
  const [d] = schemaAt(`${HEAD}review: { cadence: annual, last: 2027-02-30 }\n`);
  assert.match(d, /^4:34-4:44 .*calendar date/);
});

test('additionalProperties: the unknown key itself', () => {
  const [d] = schemaAt(`${HEAD}conversations:\n  social-media:\n    ownr: cmo\n`);
  assert.match(d, /^6:5-6:9 Unknown key "ownr"/);
});

test('a mistyped key names the closest allowed one, a mistyped conversation too', () => {
  assert.match(
    schemaAt(`${HEAD}conversations:\n  social-media:\n    ownr: cmo\n`)[0],
    /Unknown key "ownr" in the social-media conversation; did you mean "owner"\? The allowed keys are /,
  );
  assert.match(
    schemaAt(`${HEAD}conversations:\n  social-medya:\n    owner: cmo\n`)[0],
    /^5:3-5:15 Unknown key "social-medya" in conversations; did you mean "social-media"\? The allowed keys are social-media, /,
  );
  assert.match(
    schemaAt(`${HEAD}colour: blue\n`)[0],
    /Unknown key "colour" in the strategy; allowed keys are strategy, /,
  );
});

test('a merge key is an unknown key', () => {
  const d = schemaAt(`${HEAD}base: &b { owner: cmo }\nconversations:\n  social-media:\n    <<: *b\n`);
  assert.ok(
    d.some((x) => /^7:5-7:7 Unknown key "<<".*merge keys/.test(x)),
    d.join('\n'),
  );
});

test('required: the key of the mapping that lacks it; a list item its id; the file line 0', () => {
  assert.match(
    schemaAt(`${HEAD}review:\n  cadence: annual\n`)[0],
    /^4:1-4:7 The review of the strategy lacks the required key "last"/,
  );
  assert.match(
    schemaAt(
      `${HEAD}conversations:\n  social-media:\n    owner: cmo\n    goals:\n      - id: g1\n        owner: cmo\n`,
    )[0],
    /^8:13-8:15 Goal g1 lacks the required key "statement"/,
  );
  assert.match(
    schemaAt(`${HEAD}conversations:\n  social-media:\n    owner: cmo\n    goals:\n      - statement: s\n`)[0],
    /^8:9-8:18 Goal 1 of goals lacks the required key "id"/,
  );
  assert.match(
    schemaAt('organization: O\nsponsor: cio\n')[0],
    /^1:1-1:16 The strategy lacks the required key "strategy"/,
  );
  assert.match(
    schemaAt(`${HEAD}roles:\n  community-manager:\n    function: marketing\n`)[0],
    /^5:3-5:20 Role community-manager lacks the required key "title"/,
  );
});

test('required with an empty value: the key that is there', () => {
  assert.match(
    schemaAt('strategy:\norganization: O\nsponsor: cio\n')[0],
    /^1:1-1:9 The strategy lacks the required key "strategy"/,
  );
});

test('propertyNames: a role id that is not kebab-case, at its key', () => {
  const d = schemaAt(`${HEAD}roles:\n  Community_Manager:\n    title: CM\n    function: marketing\n`);
  assert.equal(d.length, 1, d.join('\n'));
  assert.match(d[0], /^5:3-5:20 The role id "Community_Manager" is not kebab-case/);
});

test('platforms outside social-technologies are unknown keys', () => {
  const [d] = schemaAt(`${HEAD}conversations:\n  social-media:\n    owner: cmo\n    platforms: []\n`);
  assert.match(d, /^7:5-7:14 Unknown key "platforms"/);
});

test('a number where a string is wanted is an error, except version and target', () => {
  assert.equal(schemaAt(`${HEAD}version: 2026.1\n`).length, 0);
  assert.equal(schemaAt('strategy: 2026\norganization: O\nsponsor: cio\n').length, 1);
  assert.equal(
    schemaAt(
      `${HEAD}conversations:\n  social-media:\n    owner: cmo\n    goals:\n      - { id: g, statement: s, target: 25 }\n`,
    ).length,
    0,
  );
});
