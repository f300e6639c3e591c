// The core's navigation features on text with a cursor marker: definition, references, rename,
// the outline and folding ranges (offset-based, no LSP involved).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { foldingRanges } from '../../server/src/core/features/folding';
import { definition, prepareRename, references, rename } from '../../server/src/core/features/navigation';
import { documentSymbols } from '../../server/src/core/features/symbols';
import type { TextEdit } from '../../server/src/core/features/types';

const CURSOR = '<|>';

/** The analysis of text with CURSOR removed, and the cursor's offset. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf(CURSOR);
  const text = textWithCursor.replace(CURSOR, '');
  return { analysis: analyze(text, 'nav.strategy.yaml', { today: '2026-11-25' }), offset, text };
}

function apply(text: string, edits: TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.span.start - a.span.start)
    .reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

const DOC = `strategy: Nav
organization: Nav Co
sponsor: cio
roles:
  "community-manager":
    title: Community Manager
    function: marketing
conversations:
  social-media:
    owner: 'community-manager'
    participants: [community-manager, cio]
    applications:
      - id: blogs
        name: Blogs
        owner: community-manager
        platform: wordpress
  social-technologies:
    owner: cio
    platforms:
      - id: wordpress
        name: WordPress
      - id: wordpress
        name: Duplicate
  social-liability:
    liabilities:
      - id: exposure
        title: Exposure
        covers: [blogs, wordpress]
`;

test('rename keeps quotes and edits every use of a role', () => {
  const { analysis, offset, text } = at(DOC.replace('[community-manager', `[community-${CURSOR}manager`));
  const check = prepareRename(analysis, offset);
  assert.deepEqual(check.ok && check.placeholder, 'community-manager');
  const result = rename(analysis, offset, 'community-lead');
  assert.ok(result.ok);
  const renamed = apply(text, result.edits);
  assert.ok(renamed.includes('"community-lead":') && renamed.includes("owner: 'community-lead'"));
  assert.equal(renamed.split('community-lead').length - 1, 4);
  assert.ok(!renamed.includes('community-manager'));
});

test('the cursor may stand just after the id', () => {
  const { analysis, offset } = at(DOC.replace('platform: wordpress', `platform: wordpress${CURSOR}`));
  assert.equal(
    references(analysis, offset).length,
    4,
    'both platforms with the id, the platform and the covers references',
  );
  const { analysis: a2, offset: o2, text } = at(DOC.replace('platform: wordpress', `platform: wordpress${CURSOR}`));
  const target = definition(a2, o2);
  assert.equal(target && text.slice(target.start, target.end), 'wordpress');
  assert.equal(target?.start, text.indexOf('- id: wordpress') + 6, 'the first item with the id');
});

test('an id renamed to one that exists, or not kebab-case, is refused with a reason', () => {
  const { analysis, offset } = at(DOC.replace('- id: blogs', `- id: b${CURSOR}logs`));
  const taken = rename(analysis, offset, 'exposure');
  assert.ok(!taken.ok && /already/.test(taken.message));
  const bad = rename(analysis, offset, 'Blogs_2');
  assert.ok(!bad.ok && /kebab-case/.test(bad.message));
  const role = rename(
    at(DOC.replace('[community-manager', `[${CURSOR}community-manager`)).analysis,
    DOC.indexOf('[community-manager') + 1,
    'cmo',
  );
  assert.ok(!role.ok && /cmo is already a role/.test(role.message));
});

test('a built-in role cannot be renamed; one the file redeclares can', () => {
  const builtIn = at(DOC.replace('sponsor: cio', `sponsor: c${CURSOR}io`));
  assert.deepEqual(prepareRename(builtIn.analysis, builtIn.offset), {
    ok: false,
    message: 'cio is a built-in role and cannot be renamed; declare your own role instead',
  });
  const redeclared = at(
    DOC.replace('sponsor: cio', `sponsor: c${CURSOR}io`).replace(
      'roles:\n',
      'roles:\n  cio:\n    title: Our CIO\n    function: it\n',
    ),
  );
  assert.ok(prepareRename(redeclared.analysis, redeclared.offset).ok);
});

test("an id written through an alias is not renamed behind the user's back", () => {
  const text = DOC.replace('sponsor: cio', 'sponsor: &lead cio').replace(
    '    owner: cio\n    platforms',
    '    owner: *lead\n    platforms',
  );
  const { analysis, offset } = at(
    text
      .replace('participants: [community-manager, cio]', `participants: [community-manager, c${CURSOR}io]`)
      .replace('roles:\n', 'roles:\n  cio:\n    title: Our CIO\n    function: it\n'),
  );
  const check = prepareRename(analysis, offset);
  assert.ok(!check.ok && /alias/.test(check.message));
});

test('nothing to navigate on a key, a comment or in a file that is not a mapping', () => {
  const { analysis, offset } = at(DOC.replace('organization:', `organ${CURSOR}ization:`));
  assert.equal(definition(analysis, offset), undefined);
  assert.deepEqual(references(analysis, offset), []);
  assert.ok(!prepareRename(analysis, offset).ok);
  const list = analyze('- a\n- b\n', 'x');
  assert.deepEqual([documentSymbols(list), references(list, 2)], [[], []]);
});

test('the outline nests items under their conversation, in file order', () => {
  const { analysis } = at(DOC);
  const symbols = documentSymbols(analysis);
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['strategy', 'organization', 'sponsor', 'roles', 'conversations'],
  );
  const conversations = symbols[4].children;
  assert.deepEqual(
    conversations.map((c) => [c.name, c.children.map((i) => i.name)]),
    [
      ['social-media', ['blogs']],
      ['social-technologies', ['wordpress', 'wordpress']],
      ['social-liability', ['exposure']],
    ],
  );
  for (const c of conversations) assert.ok(c.span.start <= c.selection.start && c.selection.end <= c.span.end);
  assert.ok(
    !/\s$/.test(DOC.slice(conversations[0].span.start, conversations[0].span.end)),
    'spans end on the last character',
  );
});

test('folding covers blocks, list items of several lines and runs of comments, never one line', () => {
  const text = `# A strategy\n# in two comment lines\n${DOC}  # trailing comment\n`;
  const analysis = analyze(text, 'x');
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const folds = foldingRanges(analysis).map(
    (f) => `${lineOf(f.span.start)}-${lineOf(f.span.end)}${f.kind ? ` ${f.kind}` : ''}`,
  );
  const line = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(folds.includes('0-1 comment'), folds.join(', '));
  assert.ok(folds.includes(`${line('roles:')}-${line('function: marketing')}`));
  assert.ok(folds.includes(`${line('- id: blogs')}-${line('platform: wordpress')}`));
  assert.ok(folds.includes(`${line('social-liability:')}-${line('covers:')}`));
  assert.ok(folds.every((f) => Number(f.split('-')[0]) < Number(f.split('-')[1].split(' ')[0])));
  const inBlockScalar = analyze('strategy: |\n  # not a comment\n  # either\norganization: x\n', 'x');
  assert.deepEqual(
    foldingRanges(inBlockScalar).filter((f) => f.kind === 'comment'),
    [],
  );
});

test('a role named by a value of the wrong type is no role reference: no references, no rename', () => {
  const { analysis, offset } = at(
    'strategy: S\norganization: O\nsponsor: 4<|>2\nconversations:\n  social-media:\n    owner: 42\n',
  );
  assert.deepEqual(references(analysis, offset), []);
  assert.equal(prepareRename(analysis, offset).ok, false);
});
