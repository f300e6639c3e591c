// The README's GitHub Actions recipe for `strategy diff`, run as written (the command line from
// dist/) in a local repository: a `main` branch pushed to a bare `origin`, and a change on top.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, ROOT } from '../helpers/cli';
import { git, Repo } from '../helpers/git';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const WORKED = path.join(ROOT, 'test', 'fixtures', 'diff', 'worked-example');
const OLD = fs.readFileSync(path.join(WORKED, 'old.strategy.yaml'), 'utf8');
const NEW = fs.readFileSync(path.join(WORKED, 'new.strategy.yaml'), 'utf8');

/** The yaml block under the recipe's heading. */
function recipe(): string {
  const at = README.indexOf('### Strategy changes on every pull request');
  assert.ok(at >= 0, 'the README has the recipe');
  const m = /```yaml\n([\s\S]*?)```/.exec(README.slice(at));
  assert.ok(m, 'the recipe is a yaml block');
  return m[1];
}

/** The recipe's `run:` commands that run strategy diff, with the command line replaced by dist/cli.js. */
function diffCommands(): string[] {
  return [...recipe().matchAll(/^\s*run: (.*\bstrategy diff\b.*)$/gm)].map((m) =>
    m[1].replace(/^.*?\bstrategy diff\b/, `"${process.execPath}" "${CLI}" diff`),
  );
}

function sh(cwd: string, command: string) {
  const r = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let origin: string;
let repo: Repo;
before(() => {
  const bare = new Repo(); // its own temp folder; re-initialised bare below
  origin = bare.dir;
  fs.rmSync(path.join(origin, '.git'), { recursive: true });
  git(origin, 'init', '--quiet', '--bare', '--initial-branch=main');
  repo = new Repo();
  repo.commit('the strategy as reviewed', '2026-10-01T09:00:00Z', { 'social.strategy.yaml': OLD });
  repo.git('remote', 'add', 'origin', origin);
  repo.git('push', '--quiet', 'origin', 'main');
  repo.git('fetch', '--quiet', 'origin');
  repo.git('checkout', '--quiet', '-b', 'pr');
});
after(() => {
  repo.remove();
  fs.rmSync(origin, { recursive: true, force: true });
});

test('the recipe checks out the whole history, comments the md diff and fails on regressions', () => {
  const r = recipe();
  assert.match(r, /fetch-depth: 0/);
  assert.match(r, /strategy diff origin\/main --format md > strategy-diff\.md/);
  assert.match(r, /gh pr comment .* --body-file strategy-diff\.md/);
  assert.match(r, /strategy diff origin\/main --fail-on regression/);
  assert.match(r, /pull-requests: write/);
  assert.doesNotMatch(r, /npx strategy /, 'no bare npx strategy: the registry has an unrelated package of that name');
  assert.equal(diffCommands().length, 2);
});

test('its commands on a pull request with a regression: the comment lists it first, the job fails', () => {
  repo.commit('hand social media to PR, widen the blog', '2026-11-20T09:00:00Z', { 'social.strategy.yaml': NEW });
  try {
    const [comment, gate] = diffCommands();
    const c = sh(repo.dir, comment);
    assert.equal(c.code, 0, c.stderr);
    const md = fs.readFileSync(path.join(repo.dir, 'strategy-diff.md'), 'utf8');
    assert.match(md, /^#### `social\.strategy\.yaml` \(`origin\/main` → `worktree`\)$/m);
    assert.ok(md.indexOf('**Regressions (4)**') < md.indexOf('<details>'));
    const g = sh(repo.dir, gate);
    assert.equal(g.code, 1, 'a regression fails the job');
    assert.match(g.stdout, /^! ~ liability blog-claims: status back to open from mitigated$/m);
  } finally {
    repo.git('reset', '--quiet', '--hard', 'origin/main');
  }
});

test('its commands on a pull request with neutral changes only: a comment, and the job passes', () => {
  repo.commit('rename the blog', '2026-11-21T09:00:00Z', {
    'social.strategy.yaml': OLD.replace('name: Brand blog', 'name: Company blog'),
  });
  try {
    const [comment, gate] = diffCommands();
    assert.equal(sh(repo.dir, comment).code, 0);
    assert.match(
      fs.readFileSync(path.join(repo.dir, 'strategy-diff.md'), 'utf8'),
      /<summary>1 neutral change<\/summary>/,
    );
    const g = sh(repo.dir, gate);
    assert.equal(g.code, 0, g.stdout + g.stderr);
    assert.equal(
      g.stdout,
      'social.strategy.yaml (origin/main -> worktree)\n  ~ application brand-blog: name changed from "Brand blog" to "Company blog"\n1 changed\n',
    );
  } finally {
    repo.git('reset', '--quiet', '--hard', 'origin/main');
  }
});
