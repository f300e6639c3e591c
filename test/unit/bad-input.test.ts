// Bad input never crashes or hangs: each gets a diagnostic a person understands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { diagnose, rows } from '../helpers/core';

const T = { timeout: 20_000 };

test('an empty file: one schema diagnostic at line 0', T, () => {
  for (const text of ['', '\n\n', '# just a comment\n', '---\n']) {
    const d = diagnose(text);
    assert.equal(d.length, 1, JSON.stringify(text));
    assert.equal(d[0].code, 'schema');
    assert.deepEqual(d[0].range.start, { line: 0, character: 0 });
    assert.match(d[0].message, /empty/);
  }
});

test('a file that is not a mapping: one schema diagnostic at line 0', T, () => {
  for (const text of ['- a\n- b\n', 'just words\n', '42\n']) {
    const d = diagnose(text);
    assert.equal(d.length, 1);
    assert.match(d[0].message, /mapping/);
  }
});

test('invalid YAML: the syntax errors as schema where the parser reports them, and no other diagnostic', T, () => {
  const text =
    'strategy: S\norganization: O\nsponsor: cio\nconversations:\n  social-media:\n    owner: cmo\n    participants: [pr-lead, sales-lead, cio\n  social-support:\n    owner: nobody\n';
  const d = diagnose(text);
  assert.ok(d.length > 0);
  for (const x of d) assert.ok(x.code === 'schema' && /^YAML syntax error/.test(x.message), x.message);
  // What the parser recovered is still there for the preview and the editing features.
  assert.deepEqual(
    analyze(text, 'x.strategy.yaml', { today: '2026-11-25' }).model.conversations.map((c) => c.id),
    ['social-media', 'social-support'],
  );
});

test('a file indented with tabs gets its syntax errors, not the warnings that follow from the recovery', T, () => {
  const text = 'strategy: S\norganization: O\nsponsor: cio\nconversations:\n\tsocial-media:\n\t\towner: cmo\n';
  const d = diagnose(text);
  assert.ok(d.length > 0);
  assert.deepEqual([...new Set(d.map((x) => x.code))], ['schema']);
  for (const x of d) assert.match(x.message, /^YAML syntax error/);
});

test('at most 20 syntax errors a file', T, () => {
  const text = Array.from({ length: 60 }, (_, i) => `k${i}: [unclosed\n"bad`).join('\n');
  assert.ok(diagnose(text).filter((d) => /syntax/i.test(d.message)).length <= 20);
});

test('an alias bomb is bounded: one schema diagnostic at line 0', T, () => {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  const d = diagnose(lines.join('\n') + '\n');
  assert.equal(d.length, 1);
  assert.equal(d[0].code, 'schema');
  assert.match(d[0].message, /alias/);
});

test('a value reached through an alias is reported at the alias', T, () => {
  const text =
    'strategy: S\norganization: O\nsponsor: &s nobody\nreview: { cadence: annual, last: 2026-06-01 }\nconversations:\n  social-support:\n    owner: *s\n    participants: [cio]\n';
  assert.ok(rows(text).includes('7:12 error unknown-role'));
});

test('a 10 MB file: file-too-large at once, nothing else', T, () => {
  const text = 'strategy: S\n' + '# padding\n'.repeat(1_100_000);
  const d = diagnose(text);
  assert.deepEqual(
    d.map((x) => x.code),
    ['file-too-large'],
  );
  assert.deepEqual(d[0].range.start, { line: 0, character: 0 });
});

test('binary junk gets a schema diagnostic, no crash', T, () => {
  let seed = 7;
  const junk = Array.from({ length: 4000 }, () => String.fromCharCode((seed = (seed * 48271) % 2147483647) % 256)).join(
    '',
  );
  const d = diagnose(junk);
  assert.ok(d.length >= 1);
  assert.ok(d.every((x) => x.code === 'schema'));
});

test('a second document is a schema error at its --- marker', T, () => {
  const text = 'strategy: S\norganization: O\nsponsor: cio\n---\nother: doc\n';
  assert.ok(rows(text).includes('4:1 error schema'));
});

test('a key given twice is a schema error at the second one', T, () => {
  const text = 'strategy: S\norganization: O\nsponsor: cio\nsponsor: cmo\n';
  assert.ok(rows(text).includes('4:1 error schema'));
});

test('deep nesting does not overflow the stack', T, () => {
  const text = 'strategy: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
  assert.doesNotThrow(() => diagnose(text));
});
