// `strategy init FILE --split`: a root whose include lists the six conversation files one by one,
// the six parts beside it, all passing check; nothing written when one of the seven exists, unless --force.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CONVERSATION_IDS } from '../../server/src/core';
import { runCli } from '../helpers/cli';

const PARTS = CONVERSATION_IDS.map((id) => `conversations/${id}.strategy.yaml`);

test('init --split writes a root and six parts that check with no error and no warning', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-split-'));
  const r = runCli(['init', 'team/social.strategy.yaml', '--split', '--org', 'Acme', '--today', '2026-11-01'], dir);
  assert.equal(r.code, 0, r.stderr);
  const root = fs.readFileSync(path.join(dir, 'team', 'social.strategy.yaml'), 'utf8');
  assert.match(root, /^include:\n(( {2}- conversations\/social-[a-z]+\.strategy\.yaml\n){6})$/m);
  assert.deepEqual(
    [...root.matchAll(/^ {2}- (.+)$/gm)].map((m) => m[1]),
    PARTS,
    "the six files, one by one, in the table's order",
  );
  assert.doesNotMatch(root, /^conversations:/m, 'no conversations in the root');
  for (const [i, p] of PARTS.entries()) {
    const text = fs.readFileSync(path.join(dir, 'team', p), 'utf8');
    assert.match(text, /^part-of: \.\.\/social\.strategy\.yaml$/m);
    assert.match(text, new RegExp(`^  ${CONVERSATION_IDS[i]}:$`, 'm'));
  }
  const check = runCli(['check', 'team', '--format', 'json', '--today', '2026-11-25'], dir);
  assert.equal(check.code, 0, check.stdout);
  const out = JSON.parse(check.stdout) as { file: string; diagnostics: unknown[] }[];
  assert.equal(out.length, 7);
  assert.deepEqual(
    out.flatMap((f) => f.diagnostics),
    [],
  );
});

test('init --split writes none of the seven files when one exists, and --force overwrites only those seven', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-split-'));
  fs.mkdirSync(path.join(dir, 'conversations'));
  fs.writeFileSync(path.join(dir, 'conversations', 'social-support.strategy.yaml'), 'mine\n');
  fs.writeFileSync(path.join(dir, 'conversations', 'notes.strategy.yaml'), 'untouched\n');
  const r = runCli(['init', 'social.strategy.yaml', '--split'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /conversations\/social-support\.strategy\.yaml/);
  assert.ok(!fs.existsSync(path.join(dir, 'social.strategy.yaml')), 'the root was not written');
  assert.equal(fs.readFileSync(path.join(dir, 'conversations', 'social-support.strategy.yaml'), 'utf8'), 'mine\n');
  const forced = runCli(['init', 'social.strategy.yaml', '--split', '--force'], dir);
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(
    fs.readFileSync(path.join(dir, 'conversations', 'social-support.strategy.yaml'), 'utf8'),
    /part-of: \.\.\/social\.strategy\.yaml/,
  );
  assert.equal(fs.readFileSync(path.join(dir, 'conversations', 'notes.strategy.yaml'), 'utf8'), 'untouched\n');
});
