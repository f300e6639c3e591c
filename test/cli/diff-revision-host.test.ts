// The StrategyHost of a git revision (cli/diff/revisionHost.ts): files and folders from `git ls-tree`,
// texts from `git show`, symbolic links resolved through their stored target, nothing from the working tree.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Git } from '../../server/src/cli/diff/git';
import { revisionHost } from '../../server/src/cli/diff/revisionHost';
import { Repo } from '../helpers/git';

const TOP = '/repo';
let repo: Repo;
let commit: string;
before(() => {
  repo = new Repo();
  repo.write({
    'a.strategy.yaml': 'strategy: A\n',
    'parts/b.strategy.yaml': 'part-of: ../a.strategy.yaml\n',
    'parts/deep/c.txt': 'c\n',
  });
  fs.symlinkSync('b.strategy.yaml', path.join(repo.dir, 'parts', 'link.strategy.yaml'));
  fs.symlinkSync('/etc/hostname', path.join(repo.dir, 'parts', 'outside.strategy.yaml'));
  commit = repo.commit('files', '2026-01-01T10:00:00Z');
  repo.write({
    'a.strategy.yaml': 'strategy: changed in the working tree\n',
    'untracked.strategy.yaml': 'strategy: U\n',
  });
});
after(() => repo.remove());

test("texts are the revision's; a file absent there, or a folder, cannot be read", () => {
  const host = revisionHost(new Git(repo.dir), commit, TOP);
  assert.deepEqual(host.readFile('/repo/a.strategy.yaml'), { text: 'strategy: A\n' });
  assert.deepEqual(host.readFile('/repo/untracked.strategy.yaml'), { error: 'no such file or folder' });
  assert.deepEqual(host.readFile('/repo/parts'), { error: 'is a folder' });
  assert.equal(host.realpath('/repo/untracked.strategy.yaml'), undefined);
  assert.equal(host.realpath('/repo/parts'), '/repo/parts');
});

test('folders are derived from the listing, links listed as links; nested folders appear in their parent', () => {
  const host = revisionHost(new Git(repo.dir), commit, TOP);
  const sorted = (folder: string) =>
    host
      .readDir(folder)
      ?.map((e) => `${e.name}:${e.kind}`)
      .sort();
  assert.deepEqual(sorted('/repo'), ['a.strategy.yaml:file', 'parts:folder']);
  assert.deepEqual(sorted('/repo/parts'), [
    'b.strategy.yaml:file',
    'deep:folder',
    'link.strategy.yaml:link',
    'outside.strategy.yaml:link',
  ]);
  assert.equal(host.readDir('/repo/nowhere'), undefined);
});

test('a symbolic link resolves through the target git stores; one leaving the revision is no file', () => {
  const host = revisionHost(new Git(repo.dir), commit, TOP);
  assert.equal(host.realpath('/repo/parts/link.strategy.yaml'), '/repo/parts/b.strategy.yaml');
  assert.deepEqual(host.readFile('/repo/parts/link.strategy.yaml'), { text: 'part-of: ../a.strategy.yaml\n' });
  assert.equal(host.realpath('/repo/parts/outside.strategy.yaml'), undefined);
});
