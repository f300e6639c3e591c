// Hostile input meets the core's limits: a clear diagnostic, never a hang or a stack overflow. The
// timeouts only catch hangs; how long each case takes is reported in docs/reliability.md.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type AnalyzeOptions } from '../../server/src/core';
import { oversize, utf8Length } from '../../server/src/core/size';
import { toDiagnostics, type Diagnostic } from '../../server/src/cli/diagnostics';
import { MAX_NESTING } from '../../server/src/core/parse/nesting';
import {
  aliasBomb,
  deepBlockMappings,
  deepBlockSequences,
  deepFlowMappings,
  deepFlowSequences,
  longFlowLine,
  longScalarLine,
  manyRoleKeys,
  manyTopKeys,
} from '../helpers/hostileYaml';

const HANG = 120_000;
const BIG = { maxFileSize: 64 * 1024 * 1024 };

function check(text: string, options: AnalyzeOptions = {}): Diagnostic[] {
  return toDiagnostics(analyze(text, 'limits.strategy.yaml', { today: '2026-11-25', ...options }));
}

const atLineZero = (d: Diagnostic) => d.range.start.line === 0 && d.range.start.character === 0;

describe('file-too-large', () => {
  test('over the limit: one diagnostic at line 0 naming the size, the limit and both ways to raise it', () => {
    const text = `strategy: ${'x'.repeat(200)}\norganization: O\nsponsor: cio\n`;
    const [d, ...rest] = check(text, { maxFileSize: 100 });
    assert.deepEqual(rest, []);
    assert.equal(d.code, 'file-too-large');
    assert.ok(atLineZero(d));
    assert.equal(
      d.message,
      `The file is ${Buffer.byteLength(text)} bytes, over the 100-byte limit; split the strategy or raise the limit (strategy.maxFileSize, --max-file-size).`,
    );
  });
  test('the limit counts UTF-8 bytes, not characters, and a file exactly at the limit is checked', () => {
    const text = `strategy: ${'é'.repeat(60)}\n`; // 60 characters of 2 bytes
    assert.equal(check(text, { maxFileSize: Buffer.byteLength(text) - 1 })[0].code, 'file-too-large');
    assert.ok(!check(text, { maxFileSize: Buffer.byteLength(text) }).some((d) => d.code === 'file-too-large'));
  });
});

describe('alias bombs', () => {
  test('a billion laughs: one schema diagnostic at line 0, at once', { timeout: HANG }, () => {
    const diagnostics = check(aliasBomb());
    assert.equal(diagnostics.length, 1);
    assert.ok(atLineZero(diagnostics[0]));
    assert.match(diagnostics[0].message, /expands to more than 10,000 nodes through aliases; remove the aliases/);
  });
});

describe(`deep nesting (the bound is ${MAX_NESTING} levels)`, () => {
  const cases: [string, () => string, number][] = [
    ['5,000 nested flow sequences', () => deepFlowSequences(5000), 4],
    ['5,000 nested flow mappings', () => deepFlowMappings(5000), 4],
    ['5,000 nested block sequences', () => deepBlockSequences(5000), 5],
    ['5,000 nested block mappings (12 MB of indentation)', () => deepBlockMappings(5000), 4 + MAX_NESTING],
  ];
  for (const [name, make, line] of cases) {
    test(`${name}: one schema diagnostic at line 0 that names the line, no stack overflow`, { timeout: HANG }, () => {
      const diagnostics = check(make(), BIG);
      assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics.slice(0, 3)));
      assert.ok(atLineZero(diagnostics[0]));
      assert.equal(diagnostics[0].code, 'schema');
      assert.equal(
        diagnostics[0].message,
        `The file nests lists and mappings more than ${MAX_NESTING} levels deep (from line ${line}), too deep to check; a strategy needs about 6 levels, so flatten it.`,
      );
    });
  }
  test(`${MAX_NESTING} levels are still checked as usual`, () => {
    const diagnostics = check(deepFlowSequences(MAX_NESTING - 1));
    assert.ok(diagnostics.some((d) => d.message === '"roles" in the strategy must be a mapping, not a list.'));
    assert.ok(!diagnostics.some((d) => /too deep/.test(d.message)));
  });
  test(
    'without a raised limit, 12 MB of indentation is file-too-large before anything is parsed',
    { timeout: HANG },
    () => {
      assert.deepEqual(
        check(deepBlockMappings(5000)).map((d) => d.code),
        ['file-too-large'],
      );
    },
  );
});

describe('very long lines', () => {
  test('a 1 MB single-line value is checked like a short one', { timeout: HANG }, () => {
    const diagnostics = check(longScalarLine(1024 * 1024));
    assert.equal(diagnostics.filter((d) => d.code === 'missing-conversation').length, 6);
    assert.ok(!diagnostics.some((d) => d.code === 'schema'));
  });
  test('a 1 MB single-line flow list (200k items) does not overflow the stack', { timeout: HANG }, () => {
    const text = longFlowLine(1024 * 1024);
    const diagnostics = check(text);
    assert.deepEqual([...new Set(diagnostics.map((d) => d.code))].sort(), ['missing-conversation', 'review-missing']);
  });
});

describe('100,000 tiny keys', () => {
  test('under roles: each one reported, in time linear in the keys', { timeout: HANG }, () => {
    const diagnostics = check(manyRoleKeys(100_000));
    const roles = diagnostics.filter((d) => d.code === 'schema');
    assert.equal(roles.length, 100_000);
    assert.match(roles[99_999].message, /r99999 must be a mapping, not a number \(1\)\./);
  });
  test('at the top level: each one an unknown key', { timeout: HANG }, () => {
    const diagnostics = check(manyTopKeys(100_000));
    assert.equal(
      diagnostics.filter((d) => d.code === 'schema' && d.message.startsWith('Unknown key "k')).length,
      100_000,
    );
  });
});

test('the size limit counts UTF-8 bytes as Node does, without Buffer in the core', () => {
  for (const s of ['', 'abc', 'é', '€', '😀', 'a😀b', '\ud800', '\udc00x', '\ud800\ud800\udc00', 'ü'.repeat(1000)]) {
    assert.equal(utf8Length(s), Buffer.byteLength(s, 'utf8'), JSON.stringify(s));
  }
  assert.equal(oversize('€'.repeat(10), 30), undefined);
  assert.equal(oversize('€'.repeat(11), 30), 33);
});
