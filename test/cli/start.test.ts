// `npm start`: the demo opens a copy of samples/ outside the repository, so typing in the demo (which
// code-server saves as you type) leaves the tracked samples alone; without code-server it says where
// the setup installs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/cli';
import { prepareDemoWorkspace } from '../../scripts/demo-workspace.mjs';

const SAMPLE = path.join(ROOT, 'samples', 'draft.strategy.yaml');

function gitStatus(): string {
  const git = spawnSync('git', ['status', '--porcelain', '--', 'samples'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(git.status, 0, git.stderr);
  return git.stdout;
}

test('the demo workspace is a copy of samples/ outside the repository; an edit there leaves the repository alone', () => {
  const before = fs.readFileSync(SAMPLE, 'utf8');
  const gitBefore = gitStatus();
  const { folder, settings } = prepareDemoWorkspace(ROOT);
  try {
    assert.ok(path.relative(ROOT, folder).startsWith('..'), `${folder} is outside ${ROOT}`);
    assert.deepEqual(fs.readdirSync(folder).sort(), fs.readdirSync(path.join(ROOT, 'samples')).sort());
    const demo = path.join(folder, 'draft.strategy.yaml');
    fs.writeFileSync(demo, fs.readFileSync(demo, 'utf8').replace('owner: cmo', 'owner: '));
    assert.equal(fs.readFileSync(SAMPLE, 'utf8'), before);
    assert.equal(gitStatus(), gitBefore, 'git status of samples/ is as it was');
    assert.equal(settings['git.openRepositoryInParentFolders'], 'never');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('each npm start makes a fresh copy', () => {
  const a = prepareDemoWorkspace(ROOT);
  const b = prepareDemoWorkspace(ROOT);
  try {
    assert.notEqual(a.folder, b.folder);
  } finally {
    for (const f of [a.folder, b.folder]) fs.rmSync(f, { recursive: true, force: true });
  }
});

test('without code-server, npm start names the folder the setup installs it into', () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-no-code-server-'));
  try {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--no-package'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, STRATEGY_E2E_CACHE: cache },
      timeout: 30_000,
    });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /npm run setup:e2e/);
    assert.ok(r.stderr.includes(`installs code-server into ${fs.realpathSync(cache)}`), r.stderr);
    assert.doesNotMatch(r.stderr, /\$\{/);
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
});
