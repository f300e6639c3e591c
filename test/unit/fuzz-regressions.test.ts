// One regression test per bug the fuzzing found (docs/reliability.md lists them), each on the
// smallest input that showed it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core';
import { codeActions } from '../../server/src/core/features/codeActions';
import type { CodeFix } from '../../server/src/core/features/types';
import type { StrategyModel } from '../../server/src/core/model/types';
import { entry, type MapEntry, type TreeNode } from '../../server/src/core/parse/tree';
import { collectTreeProblems } from '../../server/src/core/parse/treeProblems';
import { allItems } from '../../server/src/core/model/catalogue';
import type { RuleCode } from '../../server/src/core/types';
import { diagnose, validStrategy } from '../helpers/core';
import { analyzeText, applyEdits } from '../helpers/features';

const HEAD = 'strategy: S\norganization: O\nsponsor: cio\nreview: { cadence: annual, last: 2026-06-01 }\n';

/** Every fix offered for the problems with this code, as an editor asks for them (at each problem's span). */
function fixes(text: string, code: RuleCode): CodeFix[] {
  const a = analyzeText(text);
  return a.problems.flatMap((p, i) =>
    p.code === code ? codeActions(a, p.span, a.problems).filter((f) => f.problem === i) : [],
  );
}

const structural = (fs: CodeFix[]) => fs.filter((f) => !f.title.startsWith('Disable'));

describe('the engine', () => {
  test('lists of 500k items do not overflow the stack (no push(...list))', () => {
    const items = Array.from({ length: 500_000 }, () => null);
    const seq: TreeNode = { kind: 'seq', span: { start: 0, end: 1 }, items };
    assert.deepEqual(
      collectTreeProblems({
        kind: 'map',
        span: { start: 0, end: 1 },
        entries: [{ key: 'roles', keySpan: { start: 0, end: 1 }, value: seq }],
      }),
      [],
    );
    const goal = {
      kind: 'goal',
      anchor: { start: 0, end: 0 },
      span: { start: 0, end: 0 },
      conversation: 'social-media',
    };
    const conversation = { goals: Array(500_000).fill(goal), applications: [], platforms: [], liabilities: [] };
    assert.equal(allItems({ conversations: [conversation] } as unknown as StrategyModel).length, 500_000);
  });

  test('a mapping of 100k keys is searched through an index that keeps the first of a repeated key', () => {
    const entries: MapEntry[] = Array.from({ length: 100_000 }, (_, i) => ({
      key: `k${i}`,
      keySpan: { start: i, end: i + 1 },
      value: null,
    }));
    entries.push({ key: 'k5', keySpan: { start: -1, end: -1 }, value: null, duplicate: true });
    const map: TreeNode = { kind: 'map', span: { start: 0, end: 1 }, entries };
    assert.equal(entry(map, 'k99999')?.keySpan.start, 99_999);
    assert.equal(entry(map, 'k5')?.keySpan.start, 5, 'the first k5, not the duplicate');
    assert.equal(entry(map, 'nope'), undefined);
  });

  test('a lone CR ends a line, as LSP clients count lines (it used to leave diagnostics on line 0)', () => {
    const m = new LineIndex('a\rb\r\nc\n');
    assert.deepEqual(
      [m.position(2), m.position(5), m.position(4)],
      [
        { line: 1, character: 0 },
        { line: 2, character: 0 },
        { line: 1, character: 1 },
      ],
    );
    const d = diagnose('strategy: S\rorganization: O\rsponsor: cio\r').find(
      (x) => x.message.startsWith('YAML syntax error') && x.range.start.line > 0,
    );
    assert.equal(d?.range.start.line, 1, 'the error on the organization line is on line 1');
  });

  test('a file saved with a byte order mark: a directive at a line start covers the next line', () => {
    const body = `${HEAD}# strategy-disable-next-line schema\ncolour: blue\n`;
    assert.deepEqual(
      diagnose(`\uFEFF${body}`).filter((d) => d.code === 'schema'),
      [],
    );
  });

  test('an empty key is reported on its own line, not on the blank and comment lines above it', () => {
    const d = diagnose(`${HEAD}\n# note\n: x\n`).find((x) => x.message.startsWith('Unknown key ""'));
    assert.equal(d?.range.start.line, 6);
  });
});

describe('quick fixes', () => {
  test('missing-owner fills an empty owner key instead of adding a second one', () => {
    const text = validStrategy({
      'social-support': '  social-support:\n    owner:   # who?\n    participants: [support-lead, cio]',
    });
    const [fix] = structural(fixes(text, 'missing-owner'));
    assert.match(applyEdits(text, fix.edits), /\n {4}owner: support-lead {3}# who\?\n {4}participants/);
    const item = `${HEAD}conversations:\n  social-media:\n    owner: cmo\n    goals:\n      - id: g\n        statement: s\n        owner: ~\n`;
    assert.match(applyEdits(item, structural(fixes(item, 'missing-owner'))[0].edits), /\n {8}owner: cmo\n$/);
  });

  test('missing-owner offers nothing structural when the owner key holds a list (a schema error to resolve by hand)', () => {
    const text = validStrategy({
      'social-support': '  social-support:\n    owner: [support-lead]\n    participants: [cio]',
    });
    assert.deepEqual(
      structural(fixes(text, 'missing-owner')).map((f) => f.title),
      [],
    );
  });

  test('no fix in a block with a YAML syntax error; a syntax error itself gets no suppression', () => {
    const text = validStrategy({
      'social-support': '  social-support:\n    participants: [support-lead, cio\n   owner x: y: z',
    });
    const a = analyzeText(text);
    const broken = a.problems.filter((p) => a.syntaxErrors?.some((s) => s.start === p.span.start));
    assert.ok(broken.length > 0);
    for (const p of a.problems) {
      const offered = codeActions(a, p.span, a.problems).filter((f) => a.problems[f.problem] === p);
      if (broken.includes(p)) assert.deepEqual(offered, [], p.message);
    }
    assert.deepEqual(
      fixes(text, 'missing-owner').map((f) => f.title),
      [],
      'social-support is broken: no owner fix there',
    );
  });

  test('no suppression comment inside a scalar that spans lines', () => {
    // "nobody" starts on the second line of the quoted "two lines": a comment above it would be text.
    const text = `${HEAD}conversations:\n  social-media:\n    owner: cmo\n    participants: [pr-lead, sales-lead, cio, "two\n      lines", nobody]\n`;
    const quoted = { start: text.indexOf('"two'), end: text.indexOf('lines"') + 6 };
    const a = analyzeText(text);
    const edits = codeActions(a, { start: 0, end: text.length }, a.problems).flatMap((f) => f.edits);
    assert.ok(edits.length > 0);
    for (const e of edits)
      assert.ok(
        e.span.start <= quoted.start || e.span.start >= quoted.end,
        `an edit at ${e.span.start} inside ${JSON.stringify(quoted)}`,
      );
  });

  test('a file that starts with a line break gets its file-level directive at offset 0', () => {
    const text = `\n${HEAD}`;
    const top = fixes(text, 'missing-conversation').find((f) => f.title.startsWith('Disable'));
    assert.deepEqual(top?.edits, [
      { span: { start: 0, end: 0 }, newText: '# strategy-disable missing-conversation\n' },
    ]);
  });

  test('a value ending in U+2028 is not split: the new participant goes after the whole value', () => {
    const text = validStrategy({
      'social-liability': '  social-liability:\n    owner: general-counsel\n    participants: [cso, cio\u2028 ]',
    });
    const fix = structural(fixes(text, 'missing-participant')).find((f) => /chief-regulatory-officer/.test(f.title))!;
    assert.match(applyEdits(text, fix.edits), /participants: \[cso, cio\u2028, chief-regulatory-officer \]/);
  });

  test('uncovered-liability does not copy an id that is not kebab-case', () => {
    const text = validStrategy({
      'social-media':
        '  social-media:\n    owner: cmo\n    participants: [pr-lead, sales-lead, cio]\n    applications:\n      - id: Fan Page\n        name: Fan page\n        audience: external',
    });
    assert.deepEqual(structural(fixes(text, 'uncovered-liability')), []);
  });

  test('a misspelt role is not replaced by a malformed declared id, nor a value that starts with a lone CR', () => {
    const malformed = `${HEAD}roles:\n  "c}ompliance-officer": { title: C, function: regulatory }\nconversations:\n  social-liability:\n    owner: compliance-officer\n`;
    assert.deepEqual(structural(fixes(malformed, 'unknown-role')), []);
    const cr = `${HEAD}conversations:\n  social-liability:\n    owner:\r cso\n`;
    assert.deepEqual(structural(fixes(cr, 'unknown-role')), []);
  });

  test('missing conversations go into the first document, at the column of its keys', () => {
    const twoDocs = `${HEAD}---\nsecond: document\n`;
    const [add] = structural(fixes(twoDocs, 'missing-conversation'));
    const out = applyEdits(twoDocs, add.edits);
    assert.ok(out.startsWith(`${HEAD}conversations:\n  social-media:\n`), out);
    const indented = HEAD.replace(/^(?=.)/gm, '  ');
    const [add2] = structural(fixes(indented, 'missing-conversation'));
    assert.ok(
      applyEdits(indented, add2.edits).endsWith(
        '\n  conversations:\n    social-media:\n      owner: cmo\n      participants: [pr-lead, sales-lead, cio]\n',
      ),
    );
  });
});
