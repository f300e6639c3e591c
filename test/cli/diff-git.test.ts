// `strategy diff` against real git repositories in temp folders (commits with set dates): revisions,
// the walk at a revision, strategies added and removed, --since-review, and its errors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, ROOT } from '../helpers/cli';
import { Repo } from '../helpers/git';

const WORKED = path.join(ROOT, 'test', 'fixtures', 'diff', 'worked-example');
const OLD = fs.readFileSync(path.join(WORKED, 'old.strategy.yaml'), 'utf8');
const NEW = fs.readFileSync(path.join(WORKED, 'new.strategy.yaml'), 'utf8');
const TODAY = ['--today', '2026-11-25'];

/** The CLI in a folder, with a time zone far from UTC (the dates must compare in UTC). */
function diff(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'diff', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Pacific/Kiritimati' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (cwd: string, ...args: string[]) => {
  const r = diff(cwd, '--format', 'json', ...TODAY, ...args); // options before --: after it all is a path
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as {
    root: string;
    base: string | null;
    head: string;
    changes: { kind: string; id: string; change: string; impact: string }[];
  }[];
};

let repo: Repo;
before(() => {
  repo = new Repo();
  repo.commit('first', '2026-06-01T10:00:00Z', {
    'social.strategy.yaml': OLD,
    'teams/ops.strategy.yml': OLD,
    'teams/node_modules/dep.strategy.yaml': OLD,
    'teams/.drafts/idea.strategy.yaml': OLD,
    'plan.yaml': OLD,
    'notes.md': '# not a strategy\n',
  });
  repo.commit('second', '2026-07-01T10:00:00Z', { 'social.strategy.yaml': NEW });
});
after(() => repo.remove());

test('no revision: HEAD against the working tree; a clean tree has no changes; every strategy has an entry', () => {
  const r = diff(repo.dir, ...TODAY);
  assert.equal(r.stdout, 'no changes\n');
  assert.equal(r.code, 0);
  const out = json(repo.dir);
  assert.deepEqual(
    out.map((e) => [e.root, e.base, e.head, e.changes.length]),
    [
      ['social.strategy.yaml', 'HEAD', 'worktree', 0],
      ['teams/ops.strategy.yml', 'HEAD', 'worktree', 0],
    ],
    'node_modules and dot-folders are skipped; other names are not strategies',
  );
});

test("BASE HEAD: two revisions give the worked example's records; BASE alone compares with the working tree", () => {
  const r = diff(repo.dir, 'HEAD~1', 'HEAD', ...TODAY);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stdout,
    fs
      .readFileSync(path.join(WORKED, 'expected.txt'), 'utf8')
      .replace('new.strategy.yaml (old.strategy.yaml -> new.strategy.yaml)', 'social.strategy.yaml (HEAD~1 -> HEAD)'),
  );
  repo.write({ 'teams/ops.strategy.yml': OLD.replace('owner: cmo\n    participants', 'owner: coo\n    participants') });
  try {
    const out = json(repo.dir, 'HEAD~1');
    assert.deepEqual(
      out.map((e) => [e.root, e.base, e.head, e.changes.length > 0]),
      [
        ['social.strategy.yaml', 'HEAD~1', 'worktree', true],
        ['teams/ops.strategy.yml', 'HEAD~1', 'worktree', true],
      ],
    );
    assert.ok(out[1].changes.some((c) => c.kind === 'conversation' && c.id === 'social-media'));
  } finally {
    repo.git('checkout', '--', 'teams/ops.strategy.yml');
  }
});

test('paths after --: a folder walked at each revision, a file named whatever its name, paths relative to the current folder', () => {
  const out = json(repo.dir, 'HEAD~1', 'HEAD', '--', 'teams', 'plan.yaml');
  assert.deepEqual(
    out.map((e) => e.root),
    ['plan.yaml', 'teams/ops.strategy.yml'],
  );
  const inside = json(path.join(repo.dir, 'teams'), 'HEAD~1', 'HEAD', '--', '.', '../social.strategy.yaml');
  assert.deepEqual(
    inside.map((e) => [e.root, e.changes.length]),
    [
      ['../social.strategy.yaml', 7],
      ['ops.strategy.yml', 0],
    ],
  );
});

test('a root absent at one side is an added or removed strategy: one record, none for its items', () => {
  repo.write({ 'new-unit.strategy.yaml': NEW, 'teams/ops.strategy.yml': null });
  try {
    const r = diff(repo.dir, ...TODAY);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        'new-unit.strategy.yaml (HEAD -> worktree)',
        '  + strategy: new strategy: Example Co strategy',
        'teams/ops.strategy.yml (HEAD -> worktree)',
        '! - strategy: strategy removed: Example Co strategy',
        '1 added, 1 removed; 1 regression',
        '',
      ].join('\n'),
    );
  } finally {
    repo.write({ 'new-unit.strategy.yaml': null });
    repo.git('checkout', '--', 'teams/ops.strategy.yml');
  }
});

test('errors: not a repository, an unknown revision, a path given as a revision; one line each, exit 2', () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-no-repo-'));
  try {
    const r = diff(outside, ...TODAY);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^strategy: not a git repository: .+\n$/);
  } finally {
    fs.rmSync(outside, { recursive: true });
  }
  const unknown = diff(repo.dir, 'no-such-branch', ...TODAY);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stderr, 'strategy: unknown revision "no-such-branch"\n');
  const pathy = diff(repo.dir, 'teams', ...TODAY);
  assert.equal(pathy.code, 2);
  assert.match(pathy.stderr, /put it after --: strategy diff -- teams\n$/);
  const missing = diff(repo.dir, ...TODAY, 'HEAD~1', 'HEAD', '--', 'nowhere');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nowhere: no such file or folder at HEAD~1 or HEAD/);
});

test('--since-review picks the last first-parent commit before the day after review.last, by committer date in UTC', () => {
  const r = new Repo();
  try {
    const strategy = (last: string, owner = 'cmo') =>
      OLD.replace('last: 2026-01-15', `last: ${last}`).replace(
        'owner: cmo\n    participants',
        `owner: ${owner}\n    participants`,
      );
    r.commit('june', '2026-06-01T10:00:00Z', { 'social.strategy.yaml': strategy('2026-06-01') });
    const reviewed = r.commit('reviewed late on the day', '2026-09-30T23:30:00Z', {
      'social.strategy.yaml': strategy('2026-09-30'),
    });
    r.git('checkout', '--quiet', '-b', 'side');
    r.commit("side work, earlier than midnight but not on main's first-parent line", '2026-09-30T23:45:00Z', {
      'side.txt': 'x\n',
    });
    r.git('checkout', '--quiet', 'main');
    r.commit('midnight UTC: the day after', '2026-10-01T00:00:00Z', {
      'social.strategy.yaml': strategy('2026-09-30', 'coo'),
    });
    spawnSync('git', ['merge', '--quiet', '--no-ff', '-m', 'merge side', 'side'], {
      cwd: r.dir,
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@x',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@x',
        GIT_AUTHOR_DATE: '2026-10-05T10:00:00Z',
        GIT_COMMITTER_DATE: '2026-10-05T10:00:00Z',
      },
    });
    const [entry] = json(r.dir, '--since-review');
    assert.equal(entry.base, reviewed, 'the commit at 23:30 UTC on the review day; not the side branch, not midnight');
    assert.equal(entry.head, 'worktree');
    assert.deepEqual(
      entry.changes.map((c) => [c.kind, c.id, c.change]),
      [
        ['conversation', 'social-media', 'changed'],
        ['participant', 'cmo', 'removed'],
        ['participant', 'coo', 'added'],
        ['problem', 'missing-participant social-media marketing', 'added'],
      ],
    );
    const text = diff(r.dir, '--since-review', ...TODAY);
    assert.match(text.stdout, new RegExp(`^social\\.strategy\\.yaml \\(${reviewed} -> worktree\\)$`, 'm'));

    r.write({ 'social.strategy.yaml': strategy('2026-12-24', 'coo') });
    assert.equal(
      json(r.dir, '--since-review')[0].base,
      r.git('rev-parse', 'HEAD').trim(),
      'a review.last after today gives HEAD',
    );
    r.write({ 'social.strategy.yaml': strategy('2026-05-31', 'coo') });
    const none = json(r.dir, '--since-review')[0];
    assert.equal(none.base, null, 'no commit before the review');
    assert.deepEqual(
      none.changes.map((c) => [c.kind, c.change]),
      [['strategy', 'added']],
    );
    r.write({ 'social.strategy.yaml': OLD.replace('review: { cadence: annual, last: 2026-01-15 }\n', '') });
    assert.deepEqual(
      json(r.dir, '--since-review')[0].changes.map((c) => [c.kind, c.change]),
      [['strategy', 'added']],
      'no review.last: added',
    );
  } finally {
    r.remove();
  }
});
