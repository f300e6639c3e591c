// The client's side of comparing a strategy across files, without VS Code: what `git show REV:PATH`
// answers is read as a file, a folder's entries or an absent path (client/src/git/show.ts), and
// `strategy/compare` is asked again with the paths read until it answers with the comparison; a
// server that asks again for what it was given is an error, not an endless loop
// (client/src/preview/compareRounds.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { folderEntries, readPaths } from '../../client/src/git/show';
import { compareInRounds } from '../../client/src/preview/compareRounds';
import type { CompareBase, CompareNeeds, CompareResult } from '../../server/src/protocol';

/** What git prints, as the Git extension hands it over. */
const SHOWN: Record<string, string> = {
  'strategy/social.strategy.yaml': 'strategy: S\ninclude: [conversations/*.strategy.yaml]\n',
  'strategy/conversations': 'tree HEAD:strategy/conversations\n\nmedia.strategy.yaml\nold/\n',
  '': 'tree HEAD:\n\nREADME.md\nstrategy/\n',
  'strategy/trick.strategy.yaml': 'tree HEAD:x\nnot a heading\n\nstrategy: T\n',
};
const show = (p: string) =>
  SHOWN[p] === undefined ? Promise.reject(new Error('no such path')) : Promise.resolve(SHOWN[p]);

test("git show's answers: a file's text, a folder's entries (folders end in /), a refusal is absent", async () => {
  assert.deepEqual(
    await readPaths(show, 'HEAD', [
      'strategy/social.strategy.yaml',
      'strategy/conversations',
      '',
      'strategy/gone.strategy.yaml',
      'strategy/trick.strategy.yaml',
    ]),
    {
      files: [
        { path: 'strategy/social.strategy.yaml', text: SHOWN['strategy/social.strategy.yaml'] },
        { path: 'strategy/trick.strategy.yaml', text: SHOWN['strategy/trick.strategy.yaml'] },
      ],
      folders: [
        { path: 'strategy/conversations', entries: ['media.strategy.yaml', 'old/'] },
        { path: '', entries: ['README.md', 'strategy/'] },
      ],
      absent: ['strategy/gone.strategy.yaml'],
    },
  );
  assert.equal(folderEntries(SHOWN[''], 'main'), undefined, 'the heading names the revision asked for');
});

test('compare in rounds: each answer of needs is read and asked again, until the comparison comes', async () => {
  const asked: CompareBase[] = [];
  const result = { uri: 'file:///r/s.strategy.yaml', records: [] } as unknown as CompareResult;
  const server = async (base: CompareBase): Promise<CompareResult | CompareNeeds | null> => {
    asked.push(base);
    if (!base.files.some((f) => f.path === 'strategy/social.strategy.yaml'))
      return { needs: ['strategy/social.strategy.yaml'] };
    if (!base.folders?.length) return { needs: ['strategy/conversations', 'strategy/gone.strategy.yaml'] };
    return result;
  };
  const reads: string[][] = [];
  const read = (paths: readonly string[]) => {
    reads.push([...paths]);
    return readPaths(show, 'HEAD', paths);
  };
  const first: CompareBase = { label: 'HEAD', path: 'strategy/conversations/media.strategy.yaml', files: [] };
  const { answer, base } = await compareInRounds(server, first, read);
  assert.equal(answer, result);
  assert.deepEqual(reads, [
    ['strategy/social.strategy.yaml'],
    ['strategy/conversations', 'strategy/gone.strategy.yaml'],
  ]);
  assert.equal(asked.length, 3);
  assert.deepEqual(base.absent, ['strategy/gone.strategy.yaml']);
  assert.deepEqual(
    base.folders?.map((f) => f.path),
    ['strategy/conversations'],
  );
  assert.equal(base.path, first.path);
  // Asked again with the grown base: one round trip.
  asked.length = 0;
  assert.equal((await compareInRounds(server, base, read)).answer, result);
  assert.equal(asked.length, 1);
});

test('a server that asks again for a path it was given, or with nothing to read it with, is an error', async () => {
  const base: CompareBase = { label: 'HEAD', files: [], absent: ['a.strategy.yaml'] };
  const again = async () => ({ needs: ['a.strategy.yaml'] });
  await assert.rejects(
    compareInRounds(again, base, () => readPaths(show, 'HEAD', [])),
    /asked for a\.strategy\.yaml at HEAD again/,
  );
  await assert.rejects(
    compareInRounds(async () => ({ needs: ['b'] }), base, undefined),
    /asked for b/,
  );
});
