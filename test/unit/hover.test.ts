// Hover at a cursor marker: keys, conversations, roles, references, enum values.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hover } from '../../server/src/core/features/hover';
import type { HoverResult } from '../../server/src/core/features/types';
import { analyzeText, withCursor } from '../helpers/features';

function hoverAt(fixture: string): { result: HoverResult | undefined; text: string } {
  const { text, offset } = withCursor(fixture);
  return { result: hover(analyzeText(text), offset), text };
}

const northwind = readFileSync('samples/northwind.strategy.yaml', 'utf8');

/** Hover on the northwind sample, `shift` characters into the first occurrence of `needle`. */
function onSample(needle: string, shift: number): { contents: string; word: string } {
  const offset = northwind.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const result = hover(analyzeText(northwind), offset + shift);
  assert.ok(result, `a hover on ${needle}`);
  return { contents: result.contents, word: northwind.slice(result.span.start, result.span.end) };
}

describe('keys', () => {
  test("a key shows the schema's markdown description, over the key's span", () => {
    const { result, text } = hoverAt('strategy: S\nspo|nsor: cio\n');
    assert.ok(result);
    assert.match(result.contents, /\*\*Role that convenes the conversations\*\*/);
    assert.equal(text.slice(result.span.start, result.span.end), 'sponsor');
  });
  test("nested keys: a goal's status, a review's cadence", () => {
    assert.match(onSample('status: active', 2).contents, /\*\*Where the goal stands\*\*/);
    assert.match(onSample('cadence: quarterly', 1).contents, /\*\*How often the review is held\*\*/);
  });
  test('a conversation key: what it maps out, whom to invite, who is at the table', () => {
    const { contents, word } = onSample('  social-liability:', 4);
    assert.equal(word, 'social-liability');
    assert.match(contents, /Legal, regulatory and security duties/);
    assert.match(
      contents,
      /`security` \(`cso`\), `regulatory` \(`chief-regulatory-officer`\), `legal` \(`general-counsel`\)/,
    );
    assert.match(contents, /At the table: /);
  });
  test('a conversation with a function missing says so', () => {
    const { result } = hoverAt('conversations:\n  social-media|:\n    owner: cmo\n    participants: [sales-lead]\n');
    assert.match(result!.contents, /no `pr` leader yet/);
  });
});

describe('roles', () => {
  test('a built-in role: title, function, and where it is used', () => {
    const { contents, word } = onSample('sponsor: cio', 10);
    assert.equal(word, 'cio');
    assert.match(contents, /\*\*Chief Information Officer\*\* \(`cio`\)/);
    assert.match(contents, /Function: `it` · built-in role/);
    assert.match(contents, /sponsor of the strategy/);
    assert.match(contents, /owner of the social-technologies conversation/);
    assert.match(contents, /participant in social-media/);
  });
  test('a declared role, on its declaration and where it is used', () => {
    for (const [needle, shift] of [
      ['  community-manager:', 3],
      ['owner: community-manager', 9],
    ] as const) {
      const { contents } = onSample(needle, shift);
      assert.match(contents, /\*\*Community Manager\*\*/);
      assert.match(contents, /declared under `roles`/);
      assert.match(contents, /Runs the Trail Ambassadors program/);
      assert.match(contents, /owner of goal `ambassador-reach`, application `trail-ambassadors`/);
    }
  });
  test('an unknown role names the closest one', () => {
    const { result } = hoverAt('sponsor: cio\nconversations:\n  social-support:\n    owner: suport-le|ad\n');
    assert.match(result!.contents, /`suport-lead` is no built-in or declared role/);
    assert.match(result!.contents, /Did you mean `support-lead`/);
  });
  test('participants in a flow list', () => {
    const { contents, word } = onSample('participants: [pr-lead', 16);
    assert.equal(word, 'pr-lead');
    assert.match(contents, /Head of Public Relations/);
  });
});

describe('references and items', () => {
  test("an application's platform: a summary of the platform", () => {
    const { contents } = onSample('platform: ambassador-hub', 12);
    assert.match(contents, /\*\*Platform\*\* `ambassador-hub`: Ambassador Hub/);
    assert.match(contents, /in social-technologies · owner `it-leadership`/);
    assert.match(contents, /Carries `trail-ambassadors`/);
  });
  test("a liability's covers: the application it names", () => {
    const { contents } = onSample('covers: [trail-ambassadors', 12);
    assert.match(contents, /\*\*Application\*\* `trail-ambassadors`: Trail Ambassadors program/);
    assert.match(contents, /in social-media · owner `community-manager`/);
  });
  test('a reference to nothing says so', () => {
    const { result } = hoverAt(
      'conversations:\n  social-media:\n    applications:\n      - id: a\n        platform: nowh|ere\n',
    );
    assert.match(result!.contents, /`nowhere` is no platform/);
  });
  test("an item's id: its summary, and an exposed item that no liability covers", () => {
    const { result } = hoverAt(
      'conversations:\n  social-media:\n    applications:\n      - id: bl|og\n        name: Blog\n        audience: external\n',
    );
    assert.match(result!.contents, /\*\*Application\*\* `blog`: Blog/);
    assert.match(result!.contents, /no liability covers it/);
  });
});

describe('values', () => {
  test("an enum value: its description from the schema's enumDescriptions", () => {
    const { contents, word } = onSample('status: done', 9);
    assert.equal(word, 'done');
    assert.match(contents, /^`done`: achieved\. A done goal is never reported as overdue\./);
    assert.match(
      onSample('data: [public, customer-pii]', 16).contents,
      /^`customer-pii`: personal data about customers/,
    );
  });
  test("a free-text value shows its key's description", () => {
    assert.match(onSample('target: 4 million', 10).contents, /target/i);
  });
  test('nothing on a comment, a blank line, or an empty file', () => {
    assert.equal(hoverAt('# a comm|ent\nstrategy: S\n').result, undefined);
    assert.equal(hoverAt('strategy: S\n|\n').result, undefined);
    assert.equal(hoverAt('|').result, undefined);
  });
  test('a half-typed document still answers on what parsed', () => {
    const { result } = hoverAt(
      'sponsor: c|io\nconversations:\n  social-media:\n    owner: \n    participants: [cmo,\n',
    );
    assert.match(result!.contents, /Chief Information Officer/);
  });
});
