// The status bar (client) words its counts as the command line and the preview (core) do: the client
// may not import the core, so its few lines are held to the core's here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeCounts as clientWords } from '../../client/src/status/problemCounts';
import { describeCounts as coreWords } from '../../server/src/core/problemCounts';

test('the status bar and strategy check say the same counts in the same words', () => {
  for (const errors of [0, 1, 2, 10]) {
    for (const warnings of [0, 1, 3]) {
      for (const notes of [0, 1, 7]) {
        const counts = { errors, warnings, notes };
        assert.equal(clientWords(counts), coreWords(counts), JSON.stringify(counts));
      }
    }
  }
  assert.equal(clientWords({ errors: 1, warnings: 0, notes: 2 }), '1 error, 0 warnings, 2 notes');
});
