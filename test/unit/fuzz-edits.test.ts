// Edits under fuzz: on randomly mutated samples and fixtures, every quick fix offered for every
// diagnostic, and a rename of a random role or id, applied to the text: the result parses no worse
// (no new YAML syntax error), keeps every comment (yaml's Lexer; a suppression directive may gain
// codes), and a fix removes the diagnostic it claimed to fix (see assertFixed for what "removes" means
// when the fix moves lines).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeActions } from '../../server/src/core/features/codeActions';
import { idOccurrences, rename } from '../../server/src/core/features/navigation';
import type { Problem } from '../../server/src/core/types';
import { assertFixed, assertSafeEdit } from '../helpers/fixChecks';
import { analyzeText, applyEdits, comments, keepsComments } from '../helpers/features';
import { edit, loadSources, mutate } from '../helpers/mutations';

const sources = loadSources(true);
const mutated = fc
  .tuple(fc.nat(sources.length - 1), fc.array(edit, { maxLength: 4 }))
  .map(([i, edits]) => mutate(sources[i], edits));

/** Runs fast-check and, on failure, reports the assertion that failed (fc.assert's report leaves it out). */
function check<T>(property: fc.IProperty<T>, params: fc.Parameters<T>): void {
  const result = fc.check(property, params);
  if (result.failed)
    throw new Error(
      `${fc.defaultReportMessage(result)}\n${(result.errorInstance as Error)?.stack ?? String(result.errorInstance)}`,
    );
}

test(
  'every fix offered for every diagnostic of a mutated file keeps the file and removes its diagnostic',
  { timeout: 300_000 },
  () => {
    const counts = { files: 0, problems: 0, fixes: 0, structural: 0 };
    check(
      fc.property(mutated, (text) => {
        counts.files++;
        const before = analyzeText(text);
        before.problems.forEach((problem: Problem, index) => {
          counts.problems++;
          for (const fix of codeActions(before, problem.span, before.problems).filter((f) => f.problem === index)) {
            counts.fixes++;
            if (!fix.title.startsWith('Disable')) counts.structural++;
            const after = analyzeText(applyEdits(text, fix.edits));
            assertSafeEdit(`"${fix.title}"`, before, after);
            assertFixed(fix.title, problem, fix.edits, before, after);
          }
        });
      }),
      { numRuns: 400, seed: 77 },
    );
    assert.ok(counts.structural > 500, `structural fixes applied: ${counts.structural}`);
    console.log(
      `fixes under fuzz: ${counts.files} files, ${counts.problems} diagnostics, ${counts.fixes} fixes applied (${counts.structural} structural)`,
    );
  },
);

/** Mostly valid fresh ids; sometimes one that is taken or not kebab-case (the rename must refuse it). */
const newName = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,14}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('cmo', 'cio', 'community-manager', 'wordpress', 'customer-blogs', 'Bad Name', '', 'x'),
  },
);

test(
  'renaming a random role or id of a mutated file renames every occurrence and nothing else',
  { timeout: 300_000 },
  () => {
    const counts = { renamed: 0, refused: 0 };
    check(
      fc.property(
        mutated,
        fc.integer({ min: 0, max: 3 }),
        fc.nat(),
        fc.nat(),
        newName,
        (text, anyKind, pick, within, name) => {
          const before = analyzeText(text);
          // Mostly what can be renamed (ids and declared roles); built-in roles are refused, one pick in four.
          const all = idOccurrences(before.model);
          const renameable = all.filter((o) => o.kind === 'entity' || before.model.roles.some((r) => r.id === o.id));
          const occurrences = renameable.length && anyKind !== 0 ? renameable : all;
          if (!occurrences.length) return;
          const target = occurrences[pick % occurrences.length];
          const offset = target.span.start + (within % (target.span.end - target.span.start + 1));
          const result = rename(before, offset, name);
          if (!result.ok) {
            counts.refused++;
            assert.match(result.message, /\w.*[a-z]/, 'a refused rename says why');
            return;
          }
          counts.renamed++;
          const out = applyEdits(text, result.edits);
          const after = analyzeText(out);
          const what = `rename ${target.kind} ${target.id} -> ${name}`;
          const syntax = (a: typeof before) =>
            a.problems.filter((p) => p.message.startsWith('YAML syntax error')).length;
          assert.ok(syntax(after) <= syntax(before), `${what} adds syntax errors\n${out}`);
          assert.ok(keepsComments(comments(text), comments(out)), `${what} loses a comment\n${out}`);
          const of = (a: typeof before, id: string) =>
            idOccurrences(a.model).filter((o) => o.kind === target.kind && o.id === id).length;
          if (name !== target.id) {
            assert.equal(
              of(after, name),
              of(before, target.id),
              `${what}: every occurrence carries the new name\n${out}`,
            );
            assert.equal(of(after, target.id), 0, `${what}: no occurrence keeps the old name\n${out}`);
          }
          // Renaming changes no finding of the rules; it may only end a schema error about the old id's spelling.
          const codes = (a: typeof before) =>
            a.problems
              .filter((p) => p.code !== 'schema')
              .map((p) => p.code)
              .sort();
          assert.deepEqual(codes(after), codes(before), `${what} changes what the rules report\n${out}`);
          const schema = (a: typeof before) => a.problems.filter((p) => p.code === 'schema').length;
          assert.ok(schema(after) <= schema(before), `${what} adds schema errors\n${out}`);
        },
      ),
      { numRuns: 2000, seed: 78 },
    );
    assert.ok(counts.renamed > 500, `renames applied: ${counts.renamed}`);
    console.log(`renames under fuzz: ${counts.renamed} applied, ${counts.refused} refused with a message`);
  },
);

test('assertSafeEdit and assertFixed catch what they promise to catch', () => {
  const text = 'strategy: S  # title\norganization: O\nsponsor: cio\n';
  const before = analyzeText(text);
  assert.throws(
    () => assertSafeEdit('dropping a comment', before, analyzeText(text.replace('  # title', ''))),
    /loses or changes a comment/,
  );
  assert.throws(
    () => assertSafeEdit('breaking the YAML', before, analyzeText(`${text}conversations: [\n`)),
    /adds YAML syntax errors/,
  );
  const missing = before.problems.find((p) => p.code === 'missing-conversation')!;
  assert.throws(() => assertFixed('doing nothing', missing, [], before, before), /leaves missing-conversation/);
});
