// The spec's "a file with syntax errors gets those and no other diagnostic", under fuzz: the samples
// and rule fixtures with lines shifted left and right and tabs put into their indentation. Whenever
// the parser reports a syntax error, every diagnostic is a `schema` syntax error (nothing that only
// follows from the parser's recovery), in the full analysis and in the incremental analyzer alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/core';
import { toDiagnostics } from '../../server/src/cli/diagnostics';
import { IncrementalAnalyzer } from '../../server/src/core/incremental/analyzer';
import { loadSources } from '../helpers/mutations';

const OPTIONS = { today: '2026-11-25' };
const sources = loadSources(true);

type Shift = { line: number; by: number } | { line: number; tab: 'replace' | 'insert'; at: number };

const shift: fc.Arbitrary<Shift> = fc.oneof(
  fc.record({ line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ line: fc.nat(), tab: fc.constantFrom('replace' as const, 'insert' as const), at: fc.nat(8) }),
);

/** Moves one line left or right, or puts a tab into its indentation (in place of spaces, or among them). */
function apply(text: string, s: Shift): string {
  const lines = text.split('\n');
  const i = s.line % lines.length;
  const line = lines[i];
  const indent = /^[ \t]*/.exec(line)![0];
  if ('by' in s) {
    lines[i] = s.by >= 0 ? ' '.repeat(s.by) + line : line.replace(new RegExp(`^ {0,${-s.by}}`), '');
  } else if (s.tab === 'replace') {
    lines[i] = indent.replace(/ {1,2}/g, '\t') + line.slice(indent.length);
  } else {
    const at = Math.min(s.at, indent.length);
    lines[i] = `${line.slice(0, at)}\t${line.slice(at)}`;
  }
  return lines.join('\n');
}

test(
  'a file with syntax errors from indentation or tabs gets only its syntax errors, in full and incremental analysis',
  { timeout: 300_000 },
  () => {
    let broken = 0;
    let clean = 0;
    const result = fc.check(
      fc.property(fc.nat(sources.length - 1), fc.array(shift, { minLength: 1, maxLength: 6 }), (i, shifts) => {
        const text = shifts.reduce(apply, sources[i]);
        const full = analyze(text, 'f.strategy.yaml', OPTIONS);
        const diagnostics = toDiagnostics(full);
        if (full.syntaxErrors?.length) {
          broken++;
          for (const d of diagnostics) {
            assert.ok(d.code === 'schema' && d.message.startsWith('YAML syntax error'), `${d.code} ${d.message}`);
          }
        } else {
          clean++;
        }
        const inc = new IncrementalAnalyzer();
        inc.analyze(sources[i], 'f.strategy.yaml', OPTIONS);
        assert.deepEqual(toDiagnostics(inc.analyze(text, 'f.strategy.yaml', OPTIONS)), diagnostics);
      }),
      { numRuns: 1500, seed: 20261201 },
    );
    if (result.failed)
      throw new Error(
        `${fc.defaultReportMessage(result)}\n${(result.errorInstance as Error)?.stack ?? String(result.errorInstance)}`,
      );
    console.log(`syntax errors under fuzz: ${broken} files with syntax errors, ${clean} without`);
    // Both kinds of file were met, so the property said something about each.
    assert.ok(broken > 300, `files with syntax errors: ${broken}`);
    assert.ok(clean > 100, `files without: ${clean}`);
  },
);
