// docs/testing.md lists every test file with what it shows (written by scripts/test-index.mjs), so
// the testing doc cannot fall behind the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { current, section } from '../../scripts/test-index.mjs';

test('docs/testing.md lists every test file (run node scripts/test-index.mjs after adding one)', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'testing.md'), 'utf8');
  assert.equal(current(doc), section());
});
