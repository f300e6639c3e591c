// "Split Strategy into Files", the pure plan: on every sample and fixture, every line and comment
// lands in exactly one file, and the files compose to the one file's diagnostics at the same places;
// the cases it refuses say why; CRLF, a comment on the conversations line, trailing comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import { StrategyComposer, type ComposedStrategy } from '../../server/src/core/compose';
import { applySplit, splitStrategy, type SplitPlan } from '../../server/src/core/features/split/split';
import { TextLines } from '../../server/src/core/features/split/lines';
import { memoryHost } from '../../server/src/core/host';
import { splitStrategyTemplate, strategyTemplate } from '../../server/src/core/template';
import type { Problem } from '../../server/src/core/types';

const ROOT = path.resolve(__dirname, '..', '..');
const TODAY = '2026-11-25';
const DIR = '/ws';

function splittable(): string[] {
  const samples = fs
    .readdirSync(path.join(ROOT, 'samples'))
    .filter((f) => f.endsWith('.strategy.yaml'))
    .map((f) => path.join('samples', f));
  const fixtures = fs
    .readdirSync(path.join(ROOT, 'test', 'fixtures'))
    .filter((f) => f.endsWith('.strategy.yaml') && f !== 'file-too-large.strategy.yaml')
    .map((f) => path.join('test', 'fixtures', f));
  return [...samples, ...fixtures];
}

function plan(text: string, name = 'social.strategy.yaml'): SplitPlan {
  const r = splitStrategy(analyze(text, `${DIR}/${name}`, { today: TODAY }), name);
  if ('refused' in r) assert.fail(`refused: ${r.refused}`);
  return r.plan;
}

function refusal(text: string): string {
  const r = splitStrategy(analyze(text, `${DIR}/social.strategy.yaml`, { today: TODAY }), 'social.strategy.yaml');
  assert.ok('refused' in r, 'the split is refused');
  return r.refused;
}

const nonBlank = (text: string) => text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');

/** A place in the original file, for comparing diagnostics across the split. */
interface Located {
  code: string;
  severity: string;
  message: string;
  line: number;
  character: number;
}

function locate(p: Problem, lines: TextLines, toOriginalLine: (line: number) => number): Located {
  const line = lines.lineOf(p.span.start);
  return {
    code: p.code,
    severity: p.severity,
    message: p.message,
    line: toOriginalLine(line),
    character: lines.column(p.span.start),
  };
}

const order = (a: Located, b: Located) =>
  a.line - b.line || a.character - b.character || (a.code + a.message < b.code + b.message ? -1 : 1);

for (const rel of splittable()) {
  test(`split ${rel}: every line in one file, and the same diagnostics at the same places`, () => {
    const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    const p = plan(text);
    const root = applySplit(text, p);

    // Every non-blank line (comments too) is in the root or in one part, once; only `conversations:` goes.
    const moved = p.parts.flatMap((part) => nonBlank(part.text).slice(2));
    const kept = nonBlank(root).filter((l) => !/^\s*(include:|- conversations\/)/.test(l));
    const original = nonBlank(text).filter((l) => !/^conversations:/.test(l));
    assert.deepEqual([...kept, ...moved].sort(), original.sort());
    assert.equal(
      nonBlank(root).filter((l) => l.trim().startsWith('- conversations/')).length,
      p.parts.length,
      'include lists every part',
    );

    // Composed, the files give the one file's diagnostics, each in the file that now holds its line.
    const files = new Map([
      [`${DIR}/social.strategy.yaml`, root],
      ...p.parts.map((part): [string, string] => [`${DIR}/${part.path}`, part.text]),
    ]);
    const composed = new StrategyComposer(memoryHost(files), { today: TODAY }).compose(
      `${DIR}/social.strategy.yaml`,
    ) as ComposedStrategy;
    assert.equal(composed.kind, 'composed');
    assert.equal(composed.files.size, p.parts.length + 1, 'the root takes every part');
    const single = analyze(text, `${DIR}/social.strategy.yaml`, { today: TODAY });
    const before = single.problems.map((x) => locate(x, new TextLines(text), (l) => l)).sort(order);

    const rootLines = new TextLines(root);
    const origLines = new TextLines(text);
    const editLine = origLines.lineOf(p.root.span.start);
    const shift = origLines.lineOf(p.root.span.end) - rootLines.lineOf(p.root.span.start + p.root.newText.length);
    const after: Located[] = [];
    for (const [file, a] of composed.files) {
      const lines = new TextLines(a.text);
      const part = p.parts.find((x) => `${DIR}/${x.path}` === file);
      const firstLine = part ? origLines.lineOf(part.source.start) : 0;
      for (const x of a.problems) {
        after.push(locate(x, lines, (l) => (part ? firstLine + l - 2 : l <= editLine ? l : l + shift)));
      }
    }
    assert.deepEqual(after.sort(order).map(withoutLocations), before.map(withoutLocations));
  });
}

/** Across files a duplicate's message names where the first one is (`(line 7)`, `(file:7)`); in one file it does not. */
function withoutLocations(x: Located): Located {
  return { ...x, message: x.message.replace(/ \((line |[\w./-]+:)\d+\)/, '') };
}

test('comments above, inside and after a conversation go with it; a column-0 comment after the last stays in the root', () => {
  const text = [
    'strategy: S',
    'organization: O',
    'sponsor: cio',
    '# about the conversations',
    'conversations:  # two of six',
    '  # media first',
    '  social-media:',
    '    owner: cmo  # the CMO',
    '    # nobody else yet',
    '',
    '  # then liability',
    '',
    '  social-liability:',
    '    owner: cso',
    '    # more to come',
    '# about the roles',
    'roles: {}',
    '',
  ].join('\n');
  const p = plan(text);
  assert.equal(
    applySplit(text, p),
    [
      'strategy: S',
      'organization: O',
      'sponsor: cio',
      '# about the conversations',
      'include:  # two of six',
      '  - conversations/social-media.strategy.yaml',
      '  - conversations/social-liability.strategy.yaml',
      '# about the roles',
      'roles: {}',
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    p.parts.map((x) => x.text),
    [
      'part-of: ../social.strategy.yaml\nconversations:\n  # media first\n  social-media:\n    owner: cmo  # the CMO\n    # nobody else yet\n',
      'part-of: ../social.strategy.yaml\nconversations:\n  # then liability\n\n  social-liability:\n    owner: cso\n    # more to come\n',
    ],
  );
});

test('CRLF files stay CRLF, and a file without a final line break gets none', () => {
  const text = 'strategy: S\r\norganization: O\r\nsponsor: cio\r\nconversations:\r\n  social-media:\r\n    owner: cmo';
  const p = plan(text);
  assert.equal(
    applySplit(text, p),
    'strategy: S\r\norganization: O\r\nsponsor: cio\r\ninclude:\r\n  - conversations/social-media.strategy.yaml',
  );
  assert.equal(
    p.parts[0].text,
    'part-of: ../social.strategy.yaml\r\nconversations:\r\n  social-media:\r\n    owner: cmo\r\n',
  );
});

test('the parts name the root by its file name, and the edit replaces only the conversations block', () => {
  const text = 'strategy: S\nconversations:\n  social-media: { owner: cmo }\nroles: {}\n';
  const p = plan(text, 'harbor.strategy.yaml');
  assert.match(p.parts[0].text, /^part-of: \.\.\/harbor\.strategy\.yaml\n/);
  assert.equal(text.slice(p.root.span.start, p.root.span.end), 'conversations:\n  social-media: { owner: cmo }\n');
});

test('an alias inside one conversation is fine; one whose anchor would be in another file is refused', () => {
  const inside = 'strategy: S\nconversations:\n  social-media:\n    owner: &o cmo\n    participants: [*o]\n';
  assert.equal(plan(inside).parts.length, 1);
  const across =
    'strategy: S\nroles:\n  lead: &r { title: Lead, function: marketing }\nconversations:\n  social-media:\n    owner: &o cmo\n  social-support:\n    owner: *o\n';
  assert.match(refusal(across), /alias \*o on line 8/);
  const fromRoot = 'strategy: S\nsponsor: &s cio\nconversations:\n  social-media:\n    owner: *s\n';
  assert.match(refusal(fromRoot), /alias \*s on line 5/);
});

test('what cannot be split is refused with what to do', () => {
  assert.match(refusal('strategy: S\nconversations:\n  social-media:\n    owner: [cmo\n'), /syntax errors/);
  assert.match(
    refusal('part-of: ../root.strategy.yaml\nconversations:\n  social-media: {}\n'),
    /part of another strategy/,
  );
  assert.match(
    refusal('strategy: S\ninclude: [a.strategy.yaml]\nconversations:\n  social-media: {}\n'),
    /already includes/,
  );
  assert.match(refusal('strategy: S\nsponsor: cio\n'), /no conversations/);
  assert.match(refusal('strategy: S\nconversations: {}\n'), /no conversations/);
  assert.match(refusal('strategy: S\nconversations: { social-media: { owner: cmo } }\n'), /flow style/);
  assert.match(refusal('strategy: S\nconversations: &c\n  social-media: {}\n'), /anchor or a tag/);
  assert.match(refusal('strategy: S\nconversations:\n  social-media: {}\n  social-media: {}\n'), /written twice/);
  assert.match(refusal('strategy: S\nconversations:\n  "../x": {}\n'), /cannot name a file/);
  assert.match(
    refusal('strategy: S\nconversations:\n  social-media: {}\n---\nstrategy: T\n'),
    /more than one YAML document/,
  );
});

test('splitting the init template gives the layout of strategy init --split (its comments aside)', () => {
  const options = { organization: 'Contoso', today: TODAY };
  const p = plan(strategyTemplate(options), 'social.strategy.yaml');
  const expected = splitStrategyTemplate(options, 'social.strategy.yaml');
  assert.deepEqual(
    p.parts.map((x) => x.path),
    expected.parts.map((x) => x.path),
  );
  assert.deepEqual(
    p.parts.map((x) => x.text),
    expected.parts.map((x) => x.text.replace(/^# .*\n/, '')),
  );
  const comments = /^# .*\n/gm;
  assert.equal(applySplit(strategyTemplate(options), p).replace(comments, ''), expected.root.replace(comments, ''));
});
