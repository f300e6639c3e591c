// Suppression comments and severity overrides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rows, validStrategy } from '../helpers/core';

const withUnknownOwner = (before = '') =>
  validStrategy({ 'social-support': `  social-support:\n${before}    owner: suport-lead\n    participants: [cio]` });

test('disable-next-line with a code hides that code on the next line only', () => {
  const text = withUnknownOwner('    # strategy-disable-next-line unknown-role\n');
  assert.deepEqual(
    rows(text).filter((r) => r.endsWith('unknown-role')),
    [],
  );
});

test('disable-next-line with another code hides nothing', () => {
  const text = withUnknownOwner('    # strategy-disable-next-line goal-overdue\n');
  assert.equal(rows(text).filter((r) => r.endsWith('unknown-role')).length, 1);
});

test('disable-next-line without codes hides every code; trailing comments count', () => {
  const text = validStrategy({
    'social-support':
      '  social-support:\n    owner: support-lead # strategy-disable-next-line\n    participants: [cio, suport-lead]',
  });
  assert.deepEqual(rows(text), []);
});

test('a # inside a quoted string is not a comment', () => {
  const text = withUnknownOwner('    summary: "# strategy-disable-next-line"\n');
  assert.equal(rows(text).filter((r) => r.endsWith('unknown-role')).length, 1);
});

test('file-wide disable, with and without codes; line 0 only file-wide', () => {
  assert.deepEqual(rows(`# strategy-disable unknown-role, missing-participant\n${withUnknownOwner()}`), []);
  const noConv = '# strategy-disable-next-line\nstrategy: S\norganization: O\nsponsor: cio\n';
  assert.equal(rows(noConv).filter((r) => r.startsWith('1:1') && r.endsWith('missing-conversation')).length, 6);
  assert.deepEqual(rows(`${noConv}# strategy-disable missing-conversation, review-missing\n`), []);
});

test('severity overrides change or switch off a rule', () => {
  const text = withUnknownOwner();
  assert.deepEqual(rows(text, { rules: { 'unknown-role': 'warning' } }), [
    '12:3 information missing-participant',
    '13:12 warning unknown-role',
  ]);
  assert.deepEqual(rows(text, { rules: { 'unknown-role': 'off', 'missing-participant': 'hint' } }), [
    '12:3 hint missing-participant',
  ]);
});
