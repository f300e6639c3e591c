// Thousands of mutated strategy files through the core: no exception, every range inside the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../server/src/core';
import { toDiagnostics } from '../../server/src/cli/diagnostics';

const ROOT = path.resolve(__dirname, '..', '..');
const samples = fs
  .readdirSync(path.join(ROOT, 'samples'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8'));

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete'), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    kind: fc.constant('insert'),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        '\n',
        ': ',
        '- ',
        '&x ',
        '*x',
        '!!binary ',
        '{',
        ']',
        '"',
        "'",
        '|\n',
        '---\n',
        '#',
        '\t',
        '\r\n',
        '\u0000',
        '😀',
        '\u202e',
      ),
    ),
  }),
  fc.record({ kind: fc.constant('indent'), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
);

function mutate(
  text: string,
  m: { kind: string; at?: number; len?: number; text?: string; line?: number; by?: number },
): string {
  const at = (m.at ?? 0) % (text.length + 1);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + (m.len ?? 1));
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'truncate':
      return text.slice(0, at);
    default: {
      const lines = text.split('\n');
      const i = (m.line ?? 0) % lines.length;
      const by = m.by ?? 0;
      lines[i] = by > 0 ? ' '.repeat(by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-by}}`), '');
      return lines.join('\n');
    }
  }
}

function assertInBounds(text: string) {
  const lines = text.split('\n');
  const diagnostics = toDiagnostics(analyze(text, 'fuzz.strategy.yaml', { today: '2026-11-25' }));
  for (const d of diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line} of ${lines.length}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `character ${p.character} on line ${p.line}`);
    }
    assert.ok(
      d.range.start.line < d.range.end.line ||
        (d.range.start.line === d.range.end.line && d.range.start.character <= d.range.end.character),
    );
    assert.ok(d.message.length > 10 && /[.?]$/.test(d.message), d.message);
  }
}

test('mutated samples never throw and keep every range in bounds', { timeout: 240_000 }, () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: samples.length - 1 }),
      fc.array(mutation, { minLength: 1, maxLength: 8 }),
      (i, ms) => {
        let text = samples[i];
        for (const m of ms) text = mutate(text, m);
        assertInBounds(text);
      },
    ),
    { numRuns: 2000, seed: 42 },
  );
});

test('arbitrary text never throws', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), (s) => assertInBounds(s)),
    { numRuns: 1000, seed: 7 },
  );
});
