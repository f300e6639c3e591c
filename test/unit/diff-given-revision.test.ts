// The editor's compare of a strategy across files, in the core: the host over what the client read
// at a revision (core/diff/givenRevision.ts) records the paths composing asked for and was not given,
// and answers from what was; the base is composed in rounds, as the client answers `needs`
// (core/diff/compareAcross.ts), and diffed against the head composed from the workspace: a
// conversation moved to another part is no change, an owner edited in a part is `changed`, a part
// added with a new conversation is `added`; the page's rows point at their line in their own file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrategyComposer, type ComposedStrategy } from '../../server/src/core/compose';
import { renderComposedCompare } from '../../server/src/core/compose/render';
import { composeBase, diffAcross } from '../../server/src/core/diff/compareAcross';
import { givenRevisionHost } from '../../server/src/core/diff/givenRevision';
import { memoryHost } from '../../server/src/core/host';

const ROOT = path.resolve(__dirname, '..', '..');
const TODAY = '2026-11-25';
const TOP = '/repo';
const SAMPLE = path.join(ROOT, 'samples', 'contoso');

type Tree = Record<string, string>;

/** samples/contoso under `strategy/` of a repository: path relative to the top -> text. */
function contoso(): Tree {
  const out: Tree = { 'README.md': 'not a strategy\n' };
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${rel}/${e.name}`);
      else out[`${rel}/${e.name}`] = fs.readFileSync(path.join(dir, e.name), 'utf8');
    }
  };
  walk(SAMPLE, 'strategy');
  return out;
}

interface Given {
  files: { path: string; text: string }[];
  folders: { path: string; entries: string[] }[];
  absent: string[];
}

/** What the client's `git show REV:PATH` gives for each path asked for: a file, a folder's entries, or nothing. */
function clientRead(tree: Tree, paths: readonly string[]): Given {
  const out: Given = { files: [], folders: [], absent: [] };
  for (const p of paths) {
    if (tree[p] !== undefined) {
      out.files.push({ path: p, text: tree[p] });
      continue;
    }
    const prefix = p === '' ? '' : `${p}/`;
    const entries = new Set<string>();
    for (const f of Object.keys(tree)) {
      if (!f.startsWith(prefix)) continue;
      const rest = f.slice(prefix.length);
      entries.add(rest.includes('/') ? `${rest.split('/')[0]}/` : rest);
    }
    if (entries.size) out.folders.push({ path: p, entries: [...entries].sort() });
    else out.absent.push(p);
  }
  return out;
}

/** The base of the strategy rooted at `root` (relative to the top), composed in rounds as the client answers. */
function baseInRounds(tree: Tree, root: string, first: Partial<Given>) {
  let given: Given = { files: [], folders: [], absent: [], ...first };
  const asked: string[][] = [];
  for (;;) {
    const at = composeBase(TOP, given, `${TOP}/${root}`, TODAY);
    if (!('needs' in at)) return { base: at.base, asked };
    asked.push(at.needs);
    const read = clientRead(tree, at.needs);
    given = {
      files: [...given.files, ...read.files],
      folders: [...given.folders, ...read.folders],
      absent: [...given.absent, ...read.absent],
    };
    assert.ok(asked.length < 10, 'the rounds end');
  }
}

/** The head side as the server composes it for the records: at default severities, before suppressions. */
function head(tree: Tree, file: string): ComposedStrategy {
  const host = memoryHost(Object.fromEntries(Object.entries(tree).map(([p, t]) => [`${TOP}/${p}`, t])));
  const r = new StrategyComposer(host, { today: TODAY, ignoreSuppressions: true }).compose(`${TOP}/${file}`);
  assert.ok(!('error' in r));
  return r;
}

/** The records of comparing `file` (the document) of `headTree` with `baseTree`, as `kind id change field` rows. */
function compare(baseTree: Tree, headTree: Tree, file: string): { rows: string[]; asked: string[][] } {
  const h = head(headTree, file);
  const doc = baseTree[file];
  const first = doc === undefined ? { files: [], absent: [file] } : { files: [{ path: file, text: doc }] };
  const { base, asked } = baseInRounds(baseTree, h.root.slice(TOP.length + 1), first);
  const rows = diffAcross(TOP, base, h).map((r) =>
    [r.kind, r.id, r.change, r.field, r.head ? `${r.head.file}:${r.head.line}` : ''].filter(Boolean).join(' '),
  );
  return { rows, asked };
}

test('the host records what it was asked for and not given, and answers it as missing meanwhile', () => {
  const host = givenRevisionHost(TOP, { files: [] });
  assert.deepEqual(host.readFile(`${TOP}/a/s.strategy.yaml`), { error: 'no such file or folder' });
  assert.equal(host.realpath(`${TOP}/b.strategy.yaml`), undefined);
  assert.equal(host.readDir(`${TOP}/parts`), undefined);
  assert.equal(host.readDir(TOP), undefined);
  assert.equal(host.realpath('/elsewhere/x.strategy.yaml'), undefined, 'outside the top: no file, nothing to ask');
  assert.deepEqual(host.readFile(`${TOP}/a/s.strategy.yaml`), { error: 'no such file or folder' });
  assert.deepEqual(host.needs, ['a/s.strategy.yaml', 'b.strategy.yaml', 'parts', ''], 'each once, in order');
});

test('the host answers from files, folder entries and absent paths, and asks only for what they do not tell', () => {
  const host = givenRevisionHost(TOP, {
    files: [{ path: 'strategy/social.strategy.yaml', text: 'strategy: S\n' }],
    folders: [{ path: 'strategy/conversations', entries: ['media.strategy.yaml', 'old/', 'notes.md'] }],
    absent: ['gone', 'strategy/none.strategy.yaml'],
  });
  assert.deepEqual(host.readFile(`${TOP}/strategy/social.strategy.yaml`), { text: 'strategy: S\n' });
  assert.equal(host.realpath(`${TOP}/strategy/social.strategy.yaml`), `${TOP}/strategy/social.strategy.yaml`);
  assert.deepEqual(host.readDir(`${TOP}/strategy/conversations`), [
    { name: 'media.strategy.yaml', kind: 'file' },
    { name: 'old', kind: 'folder' },
    { name: 'notes.md', kind: 'file' },
  ]);
  assert.equal(host.realpath(`${TOP}/strategy/conversations/old`), `${TOP}/strategy/conversations/old`);
  assert.equal(host.realpath(`${TOP}/strategy/conversations/x.strategy.yaml`), undefined, 'not listed: absent');
  assert.deepEqual(host.readFile(`${TOP}/strategy/conversations/old`), { error: 'is a folder' });
  assert.equal(host.realpath(`${TOP}/gone/deeper/x.strategy.yaml`), undefined, 'under an absent folder');
  assert.equal(host.readDir(`${TOP}/strategy/none.strategy.yaml`), undefined);
  assert.equal(host.realpath(`${TOP}/strategy`), `${TOP}/strategy`, 'a folder above a given file exists');
  assert.deepEqual(host.needs, []);
  // Known to exist but not read: the text of a listed file, the entries of a folder above a given file.
  assert.equal(
    host.realpath(`${TOP}/strategy/conversations/media.strategy.yaml`),
    `${TOP}/strategy/conversations/media.strategy.yaml`,
  );
  assert.deepEqual(host.needs, [], 'a listed file exists without its text');
  assert.deepEqual(host.readFile(`${TOP}/strategy/conversations/media.strategy.yaml`), {
    error: 'no such file or folder',
  });
  assert.equal(host.readDir(`${TOP}/strategy`), undefined);
  assert.equal(host.readDir(`${TOP}/strategy/conversations/old`), undefined);
  assert.deepEqual(host.needs, [
    'strategy/conversations/media.strategy.yaml',
    'strategy',
    'strategy/conversations/old',
  ]);
});

test('the base is composed in rounds: the root, its include glob folder, then its parts', () => {
  const tree = contoso();
  const { base, asked } = baseInRounds(tree, 'strategy/social.strategy.yaml', {
    files: [
      { path: 'strategy/conversations/media.strategy.yaml', text: tree['strategy/conversations/media.strategy.yaml'] },
    ],
  });
  assert.deepEqual(asked, [
    ['strategy/social.strategy.yaml'],
    ['strategy/conversations'],
    [
      'strategy/conversations/innovation.strategy.yaml',
      'strategy/conversations/liability.strategy.yaml',
      'strategy/conversations/networking.strategy.yaml',
      'strategy/conversations/support.strategy.yaml',
      'strategy/conversations/technologies.strategy.yaml',
    ],
  ]);
  assert.ok(base);
  assert.equal(base.kind, 'composed');
  assert.equal(base.files.size, 7);
});

test('a one-file strategy needs nothing beyond the document: one round trip, as before', () => {
  const tree = { 'draft.strategy.yaml': fs.readFileSync(path.join(ROOT, 'samples', 'draft.strategy.yaml'), 'utf8') };
  const edited = { 'draft.strategy.yaml': tree['draft.strategy.yaml'].replace(/owner: cmo/, 'owner: pr-lead') };
  const { rows, asked } = compare(tree, edited, 'draft.strategy.yaml');
  assert.deepEqual(asked, []);
  assert.ok(rows.some((r) => r.startsWith('conversation social-media changed owner draft.strategy.yaml:')));
});

test('a conversation moved to another part file (the old one deleted) is no change, from the root or a part', () => {
  const base = contoso();
  const moved = { ...base };
  const innovation = moved['strategy/conversations/innovation.strategy.yaml'];
  const block = innovation.slice(innovation.indexOf('  social-innovation:'));
  moved['strategy/conversations/networking.strategy.yaml'] += block;
  delete moved['strategy/conversations/innovation.strategy.yaml'];
  assert.deepEqual(compare(base, moved, 'strategy/social.strategy.yaml').rows, []);
  assert.deepEqual(compare(base, moved, 'strategy/conversations/networking.strategy.yaml').rows, []);
  assert.deepEqual(compare(base, base, 'strategy/conversations/media.strategy.yaml').rows, []);
});

test("an owner edited in a part is that conversation's change, pointing at the part's line", () => {
  const base = contoso();
  const edited = { ...base };
  const media = 'strategy/conversations/media.strategy.yaml';
  edited[media] = base[media].replace('    owner: cmo\n', '    owner: pr-lead\n');
  const lines = edited[media].split('\n');
  const [conversation, line] = [lines.indexOf('  social-media:'), lines.indexOf('    owner: pr-lead')];
  for (const doc of [media, 'strategy/social.strategy.yaml', 'strategy/conversations/support.strategy.yaml']) {
    assert.deepEqual(
      compare(base, edited, doc).rows,
      [`conversation social-media changed owner ${media}:${line}`, `participant cmo removed ${media}:${conversation}`],
      doc,
    );
  }
});

test('a part file added with a new conversation: the conversation is added; the document itself new at the revision', () => {
  const headTree = contoso();
  const baseTree = { ...headTree };
  delete baseTree['strategy/conversations/support.strategy.yaml'];
  const { rows } = compare(baseTree, headTree, 'strategy/social.strategy.yaml');
  assert.ok(
    rows.includes('conversation social-support added strategy/conversations/support.strategy.yaml:3'),
    rows.join('\n'),
  );
  assert.ok(!rows.some((r) => r.startsWith('conversation') && !r.includes('social-support')), rows.join('\n'));
  // Compared from the new part itself (not at the revision): the same records, its root is found there.
  assert.deepEqual(compare(baseTree, headTree, 'strategy/conversations/support.strategy.yaml').rows, rows);
});

test('the page of a composed strategy: the whole strategy marked, each row at its line in its own file', () => {
  const base = contoso();
  const edited = { ...base };
  const media = 'strategy/conversations/media.strategy.yaml';
  edited[media] = base[media].replace('    owner: cmo\n', '    owner: pr-lead\n');
  const h = head(edited, media);
  const { base: b } = baseInRounds(base, 'strategy/social.strategy.yaml', { files: [] });
  const records = diffAcross(TOP, b, h);
  const nameOf = (f: string) => f.slice(TOP.length + 1);
  const page = renderComposedCompare(h, { today: TODAY, label: 'HEAD', records, base: b, nameOf });
  const line = edited[media].split('\n').indexOf('    owner: pr-lead');
  assert.match(
    page.body,
    new RegExp(
      `<li class="change change-changed neutral" data-line="${line}" data-file="conversations/media.strategy.yaml"`,
    ),
  );
  assert.match(
    page.body,
    /<article class="card conv changed" data-line="\d+" data-file="conversations\/media\.strategy\.yaml" data-id="social-media">/,
  );
  assert.equal(
    (page.body.match(/<article class="card conv[ "]/g) ?? []).length,
    6,
    'every conversation of the strategy',
  );
  assert.equal((page.body.match(/class="card conv changed"/g) ?? []).length, 1);
  assert.equal(page.title, 'Contoso Social Business Strategy — Contoso Ltd');
});
