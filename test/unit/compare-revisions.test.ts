// What "Compare Strategy with Revision..." offers (client/src/git/revisions.ts), from a fake of the Git
// extension's repository: HEAD first, the last review's commit (the server's pick from the
// first-parent history, which is walked through first parents only), branches and tags, the file's
// recent commits. Runs without VS Code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstParentHistory, revisionsOf } from '../../client/src/git/revisions';
import { RefType, type Commit, type Repository } from '../../client/src/git/types';

const at = (iso: string) => new Date(iso);
/** main: c4 (merge of c3 and side s1) <- c3 <- c2 <- c1; the log lists the side commit among them. */
const LOG: Commit[] = [
  {
    hash: 'c4'.padEnd(40, '0'),
    message: 'Merge side',
    parents: ['c3'.padEnd(40, '0'), 's1'.padEnd(40, '0')],
    commitDate: at('2026-03-01T10:00:00Z'),
  },
  {
    hash: 's1'.padEnd(40, '0'),
    message: 'Side work',
    parents: ['c2'.padEnd(40, '0')],
    commitDate: at('2026-02-20T10:00:00Z'),
  },
  {
    hash: 'c3'.padEnd(40, '0'),
    message: 'Third',
    parents: ['c2'.padEnd(40, '0')],
    commitDate: at('2026-02-10T10:00:00Z'),
  },
  {
    hash: 'c2'.padEnd(40, '0'),
    message: 'Second\n\nbody',
    parents: ['c1'.padEnd(40, '0')],
    commitDate: at('2026-01-15T23:00:00Z'),
    authorName: 'Ada',
  },
  { hash: 'c1'.padEnd(40, '0'), message: 'First', parents: [], commitDate: at('2026-01-01T10:00:00Z') },
];

function fakeRepository(): Repository & { logCalls: unknown[] } {
  const logCalls: unknown[] = [];
  return {
    logCalls,
    rootUri: undefined as never,
    getRefs: async () => [
      { type: RefType.Head, name: 'main', commit: LOG[0].hash },
      { type: RefType.RemoteHead, name: 'origin/main', remote: 'origin', commit: LOG[2].hash },
      { type: RefType.Tag, name: 'v1', commit: LOG[3].hash },
      { type: RefType.Head }, // a detached head has no name
    ],
    getCommit: async () => LOG[0],
    log: async (options) => {
      logCalls.push(options);
      return options?.path ? [LOG[3]] : LOG;
    },
    show: async () => '',
  };
}

test('the first-parent history skips what a merge brought in', () => {
  assert.deepEqual(
    firstParentHistory(LOG).map((c) => c.hash.slice(0, 2)),
    ['c4', 'c3', 'c2', 'c1'],
  );
  assert.equal(firstParentHistory(LOG)[2].time, Date.parse('2026-01-15T23:00:00Z') / 1000);
  assert.deepEqual(firstParentHistory([]), []);
});

test("HEAD, the review commit the server picked, branches and tags, then the file's recent commits", async () => {
  const repository = fakeRepository();
  let asked: { hash: string; time: number }[] = [];
  const revisions = await revisionsOf(repository, '/w/s.strategy.yaml', async (history) => {
    asked = history;
    return { hash: history[2].hash, last: '2026-01-15' };
  });
  assert.deepEqual(
    asked.map((c) => c.hash.slice(0, 2)),
    ['c4', 'c3', 'c2', 'c1'],
    'the server is asked with the first-parent history',
  );
  assert.deepEqual(
    revisions.map((r) => [r.group, r.ref.slice(0, 11)]),
    [
      ['head', 'HEAD'],
      ['review', 'c2000000000'],
      ['branch', 'main'],
      ['branch', 'origin/main'],
      ['tag', 'v1'],
      ['commit', 'c2000000000'],
    ],
  );
  assert.equal(revisions[1].label, 'the review of 2026-01-15 (c200000)');
  assert.equal(revisions[3].description, 'remote branch c300000');
  assert.equal(revisions[5].description, 'Second', 'a commit is described by its subject');
  assert.deepEqual(
    repository.logCalls.find((o) => (o as { path?: string }).path),
    { maxEntries: 15, path: '/w/s.strategy.yaml' },
  );
});

test('no review commit: no such entry', async () => {
  const revisions = await revisionsOf(fakeRepository(), '/w/s.strategy.yaml', async () => ({ last: '2020-01-01' }));
  assert.equal(revisions.filter((r) => r.group === 'review').length, 0);
  assert.equal(revisions[0].ref, 'HEAD');
});
