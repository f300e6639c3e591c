// `strategy diff` of a strategy across files, in real git repositories: each side composed at its own
// revision (globs matched against that revision's files), the file an item is written in is no change,
// records name the part they are in, a part given as PATH compares its whole strategy, a root absent at
// base is one added strategy, --since-review reads the root's review, and the two-file form composes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, ROOT } from '../helpers/cli';
import { Repo } from '../helpers/git';

const EXAMPLE = path.join(ROOT, 'test', 'fixtures', 'multi', 'worked-example');
const read = (name: string) => fs.readFileSync(path.join(EXAMPLE, name), 'utf8');
const FILES = {
  'social.strategy.yaml': read('social.strategy.yaml'),
  'conversations/media.strategy.yaml': read('conversations/media.strategy.yaml'),
  'conversations/tech.strategy.yaml': read('conversations/tech.strategy.yaml'),
  'liability.strategy.yaml': read('liability.strategy.yaml'),
};
const TODAY = ['--today', '2026-11-25'];

interface Entry {
  root: string;
  base: string | null;
  head: string;
  changes: Rec[];
}
interface Rec {
  kind: string;
  id: string;
  change: string;
  field?: string;
  base?: { file: string; line: number };
  head?: { file: string; line: number };
}

function json(cwd: string, ...args: string[]): Entry[] {
  const r = spawnSync(process.execPath, [CLI, 'diff', '--format', 'json', ...TODAY, ...args], {
    cwd,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Entry[];
}
const rows = (changes: Rec[]) => changes.map((c) => `${c.kind} ${c.id} ${c.change}${c.field ? ` ${c.field}` : ''}`);

let repo: Repo;
before(() => {
  repo = new Repo();
  repo.commit('across files', '2026-01-10T10:00:00Z', FILES);
  // The liability conversation moves into a file the root's glob matches at this revision only.
  repo.commit('liability moved', '2026-03-01T10:00:00Z', {
    'liability.strategy.yaml': null,
    'conversations/legal.strategy.yaml': FILES['liability.strategy.yaml'].replace(
      'part-of: social.strategy.yaml',
      'part-of: ../social.strategy.yaml',
    ),
    'social.strategy.yaml': FILES['social.strategy.yaml'].replace(
      'include: [conversations/*.strategy.yaml, liability.strategy.yaml]',
      'include: [conversations/*.strategy.yaml]',
    ),
  });
});
after(() => repo.remove());

test('a conversation moved to another file (matched by a glob at one revision only) is no change: one strategy, no records', () => {
  const out = json(repo.dir, 'HEAD~1', 'HEAD');
  assert.deepEqual(
    out.map((e) => [e.root, e.changes.length]),
    [['social.strategy.yaml', 0]],
    JSON.stringify(out),
  );
  assert.deepEqual(
    json(repo.dir).map((e) => [e.root, e.base, e.head, e.changes.length]),
    [['social.strategy.yaml', 'HEAD', 'worktree', 0]],
  );
});

test('a change in a part: records name the part and its lines on each side', () => {
  const media = 'conversations/media.strategy.yaml';
  repo.write({ [media]: FILES[media].replace('owner: cmo', 'owner: pr-lead') });
  try {
    const [entry] = json(repo.dir);
    const owner = entry.changes.find((c) => c.kind === 'conversation' && c.field === 'owner')!;
    assert.ok(owner, JSON.stringify(entry.changes));
    assert.deepEqual(
      [owner.base, owner.head],
      [
        { file: media, line: 3 },
        { file: media, line: 3 },
      ],
    );
    assert.deepEqual(rows(entry.changes.filter((c) => c.kind !== 'problem')), [
      'conversation social-media changed owner',
      'participant cmo removed',
    ]);
    // A part given as PATH compares its whole strategy, once, named by its root.
    const viaPart = json(repo.dir, '--', media);
    assert.deepEqual(
      viaPart.map((e) => [e.root, rows(e.changes)]),
      [['social.strategy.yaml', rows(entry.changes)]],
    );
    const both = json(repo.dir, '--', media, 'conversations/tech.strategy.yaml', 'social.strategy.yaml');
    assert.equal(both.length, 1);
  } finally {
    repo.write({ [media]: FILES[media] });
  }
});

test('each side is composed at its own revision: a file the glob matches at head only is added; the working tree does not leak into revisions', () => {
  const support = 'conversations/support.strategy.yaml';
  const text =
    'part-of: ../social.strategy.yaml\nconversations:\n  social-support:\n    owner: cmo\n    participants: [cio]\n';
  const head = repo.commit('support', '2026-03-02T10:00:00Z', { [support]: text });
  repo.write({
    'conversations/draft.strategy.yaml':
      'part-of: ../social.strategy.yaml\nconversations:\n  social-innovation:\n    owner: cio\n',
  });
  try {
    const [entry] = json(repo.dir, 'HEAD~1', head);
    const added = entry.changes.filter((c) => c.kind === 'conversation');
    assert.deepEqual(rows(added), ['conversation social-support added']);
    assert.deepEqual(added[0].head, { file: support, line: 2 });
    assert.ok(!entry.changes.some((c) => c.id.includes('social-innovation')), 'an untracked file is not in a revision');
    assert.ok(
      json(repo.dir, head)
        .flatMap((e) => e.changes)
        .some((c) => c.kind === 'conversation' && c.id === 'social-innovation' && c.change === 'added'),
    );
  } finally {
    repo.write({ 'conversations/draft.strategy.yaml': null });
    repo.git('reset', '--quiet', '--hard', 'HEAD~1');
  }
});

test("--since-review takes the root's review.last (the parts have none)", () => {
  const [entry] = json(repo.dir, '--since-review');
  assert.equal(entry.root, 'social.strategy.yaml');
  assert.equal(entry.base, repo.git('rev-parse', 'HEAD~1').trim(), 'the last commit before 2026-01-16');
  assert.deepEqual(entry.changes, [], 'the move between files is no change');
});

test('a root absent at base is an added strategy: one record, whatever its parts', () => {
  const fresh = new Repo();
  try {
    fresh.commit('nothing yet', '2026-01-01T10:00:00Z', { 'README.md': '# strategies\n' });
    fresh.commit('strategy', '2026-01-02T10:00:00Z', FILES);
    const out = json(fresh.dir, 'HEAD~1', 'HEAD');
    assert.deepEqual(
      out.map((e) => [e.root, rows(e.changes)]),
      [['social.strategy.yaml', ['strategy  added']]],
    );
  } finally {
    fresh.remove();
  }
});

test('two files that are roots with includes: each composed from disk', () => {
  const dir = fs.mkdtempSync(path.join(repo.dir, '..', 'strategy-diff-two-'));
  try {
    for (const side of ['old', 'new']) {
      for (const [name, text] of Object.entries(FILES)) {
        const file = path.join(dir, side, name);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(
          file,
          side === 'new' && name.includes('media') ? text.replace('owner: cmo', 'owner: pr-lead') : text,
        );
      }
    }
    const [entry] = json(dir, 'old/social.strategy.yaml', 'new/social.strategy.yaml');
    assert.deepEqual(
      [entry.root, entry.base, entry.head],
      ['new/social.strategy.yaml', 'old/social.strategy.yaml', 'new/social.strategy.yaml'],
    );
    const owner = entry.changes.find((c) => c.field === 'owner')!;
    assert.deepEqual(
      [owner.base?.file, owner.head?.file],
      ['old/conversations/media.strategy.yaml', 'new/conversations/media.strategy.yaml'],
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
