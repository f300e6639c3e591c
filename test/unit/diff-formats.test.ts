// The output of `strategy diff`: text lines and the summary, md for a pull-request comment (order,
// collapsing, escaping, the 60,000-character cut), and --since-review's choice of base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChangeRecord } from '../../server/src/core/diff';
import { summarize, summaryLine } from '../../server/src/core/diff';
import type { DiffEntry } from '../../server/src/cli/diff/entry';
import { formatDiffMarkdown, MAX_COMMENT } from '../../server/src/cli/diff/markdown';
import { reviewBase } from '../../server/src/cli/diff/sinceReview';
import { formatDiffText, recordLine } from '../../server/src/cli/diff/text';

const rec = (over: Partial<ChangeRecord>): ChangeRecord => ({
  kind: 'goal',
  id: 'g',
  conversation: 'social-media',
  change: 'changed',
  field: 'due',
  impact: 'neutral',
  message: 'm',
  fingerprint: '000000000000',
  ...over,
});
const entry = (changes: ChangeRecord[], root = 'social.strategy.yaml'): DiffEntry => ({
  root,
  base: 'HEAD',
  head: 'worktree',
  changes,
});

test('text: ! marks a regression, + - ~ > the change, an empty id leaves "kind: message"', () => {
  assert.equal(recordLine(rec({ impact: 'regression', message: 'due moved' })), '! ~ goal g: due moved');
  assert.equal(recordLine(rec({ change: 'added', impact: 'improvement' })), '  + goal g: m');
  assert.equal(recordLine(rec({ change: 'removed' })), '  - goal g: m');
  assert.equal(recordLine(rec({ change: 'moved' })), '  > goal g: m');
  assert.equal(recordLine(rec({ kind: 'strategy', id: '', message: 'title changed' })), '  ~ strategy: title changed');
});

test('text: a heading per strategy with records only, one summary line for all', () => {
  const out = formatDiffText([
    entry([rec({ impact: 'regression' })], 'a.strategy.yaml'),
    entry([], 'b.strategy.yaml'),
    entry([rec({ change: 'moved' })], 'c.strategy.yaml'),
  ]);
  assert.equal(
    out,
    'a.strategy.yaml (HEAD -> worktree)\n! ~ goal g: m\nc.strategy.yaml (HEAD -> worktree)\n  > goal g: m\n1 changed, 1 moved; 1 regression\n',
  );
});

test('summary: counts of zero left out, added/changed/removed/moved then regressions/improvements; "no changes"', () => {
  const line = (rs: Partial<ChangeRecord>[]) => summaryLine(summarize(rs.map(rec)));
  assert.equal(line([]), 'no changes');
  assert.equal(line([{ change: 'removed' }, { change: 'added' }, { change: 'added' }]), '2 added, 1 removed');
  assert.equal(
    line([{ impact: 'regression' }, { impact: 'regression' }, { change: 'moved', impact: 'improvement' }]),
    '2 changed, 1 moved; 2 regressions, 1 improvement',
  );
  assert.equal(line([{ impact: 'improvement' }, { impact: 'improvement' }]), '2 changed; 2 improvements');
});

test('md: regressions first, then improvements, neutral changes in a collapsed <details>', () => {
  const md = formatDiffMarkdown([
    entry([rec({ id: 'n1' }), rec({ id: 'i1', impact: 'improvement' }), rec({ id: 'r1', impact: 'regression' })]),
  ]);
  const at = (s: string) => md.indexOf(s);
  assert.ok(
    at('**r1**') < at('**i1**') &&
      at('**i1**') < at('<details>') &&
      at('<details>') < at('**n1**') &&
      at('**n1**') < at('</details>'),
  );
  assert.match(md, /^### Strategy changes: 3 changed; 1 regression, 1 improvement$/m);
  assert.match(md, /<summary>1 neutral change<\/summary>/);
});

test('md: text from the strategy cannot inject HTML, links or emphasis', () => {
  const md = formatDiffMarkdown([
    entry(
      [rec({ id: 'x', message: 'title changed to <img src=x onerror=alert(1)> [click](http://evil) *bold* `code`' })],
      'we`ird.strategy.yaml',
    ),
  ]);
  assert.ok(!md.includes('<img'), md);
  assert.ok(md.includes('&lt;img src=x onerror=alert\\(1\\)&gt;'));
  assert.ok(md.includes('\\[click\\]\\(http://evil\\)'));
  assert.ok(md.includes('\\*bold\\*'));
  assert.ok(md.includes('`` we`ird.strategy.yaml ``'), 'a code span with a backtick inside takes a longer fence');
});

test('md: at most 60,000 characters, cut with a note saying how many records were left out', () => {
  const many = Array.from({ length: 3000 }, (_, i) =>
    rec({ id: `goal-${i}`, message: 'x'.repeat(40), impact: i % 2 ? 'neutral' : 'regression' }),
  );
  const md = formatDiffMarkdown([
    entry(many.slice(0, 1500), 'a.strategy.yaml'),
    entry(many.slice(1500), 'b.strategy.yaml'),
  ]);
  assert.ok(md.length <= MAX_COMMENT, `${md.length} characters`);
  const shown = md.split('\n').filter((l) => l.startsWith('- ')).length;
  const note = /_(\d+) of 3000 records left out to keep this comment under 60,000 characters/.exec(md);
  assert.ok(note, 'the note');
  assert.equal(Number(note[1]) + shown, 3000, 'the note counts exactly what is not shown');
  assert.equal(md.split('<details>').length, md.split('</details>').length, 'every <details> is closed');
  const small = formatDiffMarkdown([entry(many.slice(0, 10))]);
  assert.ok(!small.includes('left out'));
});

test('--since-review: the last commit before the day after review.last, in UTC; a future review gives HEAD; none: undefined', () => {
  const at = (iso: string) => Date.parse(iso) / 1000;
  const history = [
    { hash: 'merge', time: at('2026-10-05T10:00:00Z') },
    { hash: 'midnight', time: at('2026-10-01T00:00:00Z') },
    { hash: 'late', time: at('2026-09-30T23:59:59Z') },
    { hash: 'june', time: at('2026-06-01T00:00:00Z') },
  ];
  assert.equal(reviewBase(history, '2026-09-30', '2026-11-25'), 'late');
  assert.equal(reviewBase(history, '2026-10-01', '2026-11-25'), 'midnight');
  assert.equal(reviewBase(history, '2026-08-31', '2026-11-25'), 'june');
  assert.equal(reviewBase(history, '2026-05-31', '2026-11-25'), undefined);
  assert.equal(reviewBase(history, '2026-12-01', '2026-11-25'), 'merge', 'in the future: HEAD');
  assert.equal(reviewBase(history, undefined, '2026-11-25'), undefined);
  assert.equal(reviewBase(history, '2026-02-30', '2026-11-25'), undefined, 'not a date');
});
