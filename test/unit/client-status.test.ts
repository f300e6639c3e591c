// What the status bar item says for a strategy file's diagnostics (client/src/status/problemCounts.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countProblems, problemsView } from '../../client/src/status/problemCounts';

const ERROR = 0;
const WARNING = 1;
const INFORMATION = 2;
const HINT = 3;

test('counts errors, warnings and notes (information and hints) of the strategy server only', () => {
  const counts = countProblems([
    { source: 'strategy', severity: ERROR },
    { source: 'strategy', severity: ERROR },
    { source: 'strategy', severity: WARNING },
    { source: 'strategy', severity: INFORMATION },
    { source: 'strategy', severity: HINT },
    { source: 'yaml', severity: ERROR },
    { severity: WARNING },
  ]);
  assert.deepEqual(counts, { errors: 2, warnings: 1, notes: 2 });
});

test('a clean file shows a check mark', () => {
  const view = problemsView({ errors: 0, warnings: 0, notes: 0 });
  assert.equal(view.text, '$(check) Strategy');
  assert.match(view.tooltip, /no problems/);
});

test('counts show with codicons and a tooltip in words', () => {
  assert.deepEqual(problemsView({ errors: 1, warnings: 3, notes: 0 }), {
    text: '$(error) 1 $(warning) 3',
    tooltip: 'Strategy: 1 error, 3 warnings. Click to open Problems.',
  });
  assert.deepEqual(problemsView({ errors: 0, warnings: 0, notes: 1 }), {
    text: '$(error) 0 $(warning) 0 $(info) 1',
    tooltip: 'Strategy: 0 errors, 0 warnings, 1 note. Click to open Problems.',
  });
});

test("a file of a strategy across files shows the whole strategy's counts, and its own in the tooltip", () => {
  const strategy = { files: 7, errors: 1, warnings: 1, notes: 0 };
  assert.deepEqual(problemsView({ errors: 0, warnings: 0, notes: 0 }, strategy), {
    text: '$(error) 1 $(warning) 1',
    tooltip: 'Strategy: 1 error, 1 warning in 7 files (this file: none). Click to open Problems.',
  });
  assert.deepEqual(
    problemsView({ errors: 0, warnings: 1, notes: 0 }, strategy).tooltip,
    'Strategy: 1 error, 1 warning in 7 files (this file: 0 errors, 1 warning). Click to open Problems.',
  );
  assert.deepEqual(problemsView({ errors: 0, warnings: 0, notes: 0 }, { files: 7, errors: 0, warnings: 0, notes: 0 }), {
    text: '$(check) Strategy',
    tooltip: 'Strategy: no problems in 7 files. Click to open Problems.',
  });
  assert.deepEqual(
    problemsView({ errors: 2, warnings: 0, notes: 0 }, { files: 1, errors: 9, warnings: 9, notes: 9 }).text,
    '$(error) 2 $(warning) 0',
    'a one-file strategy shows its own diagnostics',
  );
});
