// `strategy check` of a strategy across files: the spec's worked example in text, a part given alone,
// exit codes, the "not given" summary line in every format, SARIF locations in the right files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT, runCli } from '../helpers/cli';

const EXAMPLE = path.join(ROOT, 'test', 'fixtures', 'multi', 'worked-example');
const TODAY = ['--today', '2026-11-25'];

test("check . of the worked example prints exactly the spec's seven lines", () => {
  const r = runCli(['check', '.', ...TODAY], EXAMPLE);
  assert.equal(r.code, 1);
  const rows = r.stdout
    .trim()
    .split('\n')
    .map((l) => l.split(' ').slice(0, 3).join(' '));
  assert.deepEqual(rows, [
    'conversations/tech.strategy.yaml:7:13 warning uncovered-liability',
    'conversations/tech.strategy.yaml:12:13 error duplicate-id',
    'conversations/tech.strategy.yaml:12:13 warning missing-owner',
    'liability.strategy.yaml:11:30 error unknown-reference',
    'social.strategy.yaml:7:1 warning missing-conversation',
    'social.strategy.yaml:7:1 warning missing-conversation',
    'social.strategy.yaml:7:1 warning missing-conversation',
  ]);
  assert.match(r.stdout, /The id "brand-blog" is already used by .* \(conversations\/media\.strategy\.yaml:7\)/);
  assert.equal(r.stderr, '2 errors, 5 warnings in 4 files\n');
});

test("a part given alone: no diagnostic, exit 0, and one summary line naming the other files' problems, in every format", () => {
  for (const format of ['text', 'json', 'sarif']) {
    const r = runCli(['check', 'conversations/media.strategy.yaml', '--format', format, ...TODAY], EXAMPLE);
    assert.equal(r.code, 0, format);
    const notGiven =
      '2 errors, 5 warnings in conversations/tech.strategy.yaml, liability.strategy.yaml, social.strategy.yaml, not given\n';
    assert.ok(r.stderr.endsWith(notGiven), `${format}: ${r.stderr}`);
    if (format === 'text') assert.equal(r.stdout, '');
    if (format === 'json')
      assert.deepEqual(JSON.parse(r.stdout), [{ file: 'conversations/media.strategy.yaml', diagnostics: [] }]);
  }
});

test('SARIF: the duplicate in its file, the first occurrence as a related location in the other', () => {
  const r = runCli(['check', '.', '--format', 'sarif', ...TODAY], EXAMPLE);
  const results = JSON.parse(r.stdout).runs[0].results as any[];
  const dup = results.find((x) => x.ruleId === 'duplicate-id');
  assert.equal(dup.locations[0].physicalLocation.artifactLocation.uri, 'conversations/tech.strategy.yaml');
  assert.equal(dup.relatedLocations[0].physicalLocation.artifactLocation.uri, 'conversations/media.strategy.yaml');
  assert.equal(dup.relatedLocations[0].physicalLocation.region.startLine, 7);
  assert.ok(results.filter((x) => x.ruleId !== 'duplicate-id').every((x) => !x.relatedLocations));
  const uris = new Set(results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri));
  assert.deepEqual([...uris].sort(), [
    'conversations/tech.strategy.yaml',
    'liability.strategy.yaml',
    'social.strategy.yaml',
  ]);
});

test('JSON related names the first occurrence as output entries are named (a file not given: relative to the current folder)', () => {
  const given = JSON.parse(runCli(['check', '.', '--format', 'json', ...TODAY], EXAMPLE).stdout);
  const dup = given
    .find((f: any) => f.file === 'conversations/tech.strategy.yaml')
    .diagnostics.find((d: any) => d.code === 'duplicate-id');
  assert.deepEqual(
    dup.related.map((x: any) => [x.file, x.range.start.line]),
    [['conversations/media.strategy.yaml', 6]],
  );
  const alone = JSON.parse(
    runCli(['check', 'tech.strategy.yaml', '--format', 'json', ...TODAY], path.join(EXAMPLE, 'conversations')).stdout,
  );
  assert.deepEqual(
    alone[0].diagnostics.find((d: any) => d.code === 'duplicate-id').related[0].file,
    'media.strategy.yaml',
  );
  const above = JSON.parse(
    runCli([
      'check',
      'test/fixtures/multi/worked-example/conversations/tech.strategy.yaml',
      '--format',
      'json',
      ...TODAY,
    ]).stdout,
  );
  assert.equal(
    above[0].diagnostics.find((d: any) => d.code === 'duplicate-id').related[0].file,
    'test/fixtures/multi/worked-example/conversations/media.strategy.yaml',
  );
});

test('a file given twice (two spellings) is read and reported once, named as first given', () => {
  const r = runCli(
    ['check', 'liability.strategy.yaml', './liability.strategy.yaml', '--format', 'json', ...TODAY],
    EXAMPLE,
  );
  assert.deepEqual(
    JSON.parse(r.stdout).map((f: any) => f.file),
    ['liability.strategy.yaml'],
  );
  assert.equal(r.code, 1);
});
