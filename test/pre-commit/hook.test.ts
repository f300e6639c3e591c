// The pre-commit hook (.pre-commit-hooks.yaml, `strategy-check`) as a user's repository gets it:
// `pre-commit try-repo` on a clean clone of this repository's HEAD (committed work only), in a temp
// git repository, passes a good strategy file and fails a broken one. pre-commit's node language
// installs the hook as from git: `npm install` in the clone (whose prepare script builds dist/),
// `npm pack`, then `npm install -g` of the tarball into its own environment; `language_version:
// system` uses the node on PATH. Each try-repo installs anew into its own temp store, so the two run
// side by side. Needs the pre-commit tool (test/run.mjs skips this tier without it, or fails in CI).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/cli';
import { git } from '../helpers/git';

interface Run {
  code: number | null;
  output: string;
}

const BROKEN = 'strategy: Broken\norganization: 5\n';

describe('pre-commit try-repo strategy-check, from a clean clone', { timeout: 1_200_000 }, () => {
  let work: string;
  let clone: string;
  let repo: string;
  let good: Run;
  let bad: Run;

  /** `pre-commit try-repo CLONE strategy-check ARGS` in the user's repository, without colour. */
  function tryRepo(args: string[]): Promise<Run> {
    const env = {
      ...process.env,
      PRE_COMMIT_HOME: path.join(work, 'pre-commit-home'),
      PRE_COMMIT_COLOR: 'never',
      // The clone's npm install: from npm's cache where it can, and no audit or funding requests.
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    };
    return new Promise((resolve, reject) => {
      const child = spawn('pre-commit', ['try-repo', clone, 'strategy-check', '--color', 'never', ...args], {
        cwd: repo,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
      child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
  }

  before(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-pre-commit-'));
    clone = path.join(work, 'clone');
    const head = git(ROOT, 'rev-parse', 'HEAD').trim();
    git(work, 'clone', '--quiet', '--no-checkout', ROOT, clone);
    git(clone, 'checkout', '--quiet', '--detach', head);
    assert.ok(
      fs.existsSync(path.join(clone, '.pre-commit-hooks.yaml')),
      `HEAD (${head}) has no .pre-commit-hooks.yaml: this test tries committed work only`,
    );
    repo = path.join(work, 'repo');
    fs.mkdirSync(repo);
    git(repo, 'init', '--quiet');
    fs.copyFileSync(path.join(ROOT, 'samples', 'northwind.strategy.yaml'), path.join(repo, 'good.strategy.yaml'));
    fs.writeFileSync(path.join(repo, 'bad.strategy.yaml'), BROKEN);
    // Broken as a strategy, but no strategy file: the hook's `files` pattern leaves it out.
    fs.writeFileSync(path.join(repo, 'notes.yaml'), BROKEN);
    git(repo, 'add', '.');
    [good, bad] = await Promise.all([
      tryRepo(['--verbose', '--files', 'good.strategy.yaml', 'notes.yaml']),
      tryRepo(['--files', 'bad.strategy.yaml']),
    ]);
  });

  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('installs the hook from the clone and passes a good strategy file, leaving other YAML alone', () => {
    assert.equal(good.code, 0, good.output);
    assert.match(good.output, /^strategy check\.+Passed$/m, good.output);
    assert.match(good.output, /^0 errors, .* in 1 file$/m, good.output);
    assert.doesNotMatch(good.output, /notes\.yaml/);
  });

  it('fails a broken strategy file with its problems, file:line:col', () => {
    assert.equal(bad.code, 1, bad.output);
    assert.match(bad.output, /^strategy check\.+Failed$/m, bad.output);
    assert.match(bad.output, /^- exit code: 1$/m);
    assert.match(
      bad.output,
      /^bad\.strategy\.yaml:1:1 error schema The strategy lacks the required key "sponsor"; add it\.$/m,
    );
    assert.match(bad.output, /^bad\.strategy\.yaml:2:15 error schema "organization" in the strategy must be a string/m);
    assert.match(bad.output, /^2 errors, .* in 1 file$/m);
  });
});
