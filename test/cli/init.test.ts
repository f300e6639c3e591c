// `strategy init`: a new strategy that checks clean; existing files are left alone unless --force.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';

test('init writes social.strategy.yaml that passes check with no error or warning', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-init-'));
  const r = runCli(['init', '--org', 'Acme: "Corp" #1'], dir);
  assert.equal(r.code, 0, r.stderr);
  const text = fs.readFileSync(path.join(dir, 'social.strategy.yaml'), 'utf8');
  assert.match(text, /^sponsor: cio/m);
  assert.match(text, /cadence: quarterly/);
  const check = runCli(['check', '--format', 'json'], dir);
  assert.equal(check.code, 0);
  const diags = JSON.parse(check.stdout)[0].diagnostics;
  assert.deepEqual(
    diags.filter((d: { severity: string }) => d.severity === 'error' || d.severity === 'warning'),
    [],
  );
  assert.deepEqual(diags, []);
});

test('each conversation is owned by the recommended role with the rest of its team', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-init-'));
  runCli(['init', 'x.strategy.yaml'], dir);
  const text = fs.readFileSync(path.join(dir, 'x.strategy.yaml'), 'utf8');
  assert.match(text, /social-media:\n.*\n {4}owner: cmo\n {4}participants: \[pr-lead, sales-lead, cio\]/);
  assert.match(text, /social-technologies:\n.*\n {4}owner: cio\n {4}participants: \[it-leadership\]/);
  assert.match(
    text,
    /social-liability:\n.*\n {4}owner: cso\n {4}participants: \[chief-regulatory-officer, general-counsel, cio\]/,
  );
  assert.match(text, /organization: Our organization/);
});

test('an existing file is left alone (exit 2) unless --force', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-init-'));
  fs.writeFileSync(path.join(dir, 'social.strategy.yaml'), 'mine\n');
  const r = runCli(['init'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /already exists/);
  assert.equal(fs.readFileSync(path.join(dir, 'social.strategy.yaml'), 'utf8'), 'mine\n');
  assert.equal(runCli(['init', '--force'], dir).code, 0);
  assert.notEqual(fs.readFileSync(path.join(dir, 'social.strategy.yaml'), 'utf8'), 'mine\n');
});

test('init creates the folders of a nested FILE', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-init-'));
  const r = runCli(['init', 'nested/dir/x.strategy.yaml'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(fs.readFileSync(path.join(dir, 'nested', 'dir', 'x.strategy.yaml'), 'utf8'), /^strategy: /m);
  assert.equal(runCli(['check', 'nested'], dir).code, 0);
});
