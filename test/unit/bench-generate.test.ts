/** The benchmark's generator: seeded, the sizes asked for, and exactly the problems it plants. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateStrategy, BENCH_TODAY } from '../../bench/generate';
import { lookup } from '../../bench/lsp-client';
import { analyze } from '../../server/src/core';
import { toDiagnostics } from '../../server/src/cli/diagnostics';

describe('bench generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    assert.equal(generateStrategy({ lines: 1000, seed: 5 }).text, generateStrategy({ lines: 1000, seed: 5 }).text);
    assert.notEqual(generateStrategy({ lines: 1000, seed: 5 }).text, generateStrategy({ lines: 1000, seed: 6 }).text);
  });

  for (const lines of [1000, 10_000]) {
    it(`makes about ${lines} lines that report exactly the planted problems`, () => {
      const g = generateStrategy({ lines });
      assert.ok(Math.abs(g.lines - lines) / lines < 0.05, `${g.lines} lines`);
      assert.equal(g.text.split('\n').length - 1, g.lines);
      const found = toDiagnostics(analyze(g.text, 'g.strategy.yaml', { today: BENCH_TODAY }))
        .map((d) => `${d.code}@${d.range.start.line}`)
        .sort();
      assert.deepEqual(found, g.planted.map((p) => `${p.code}@${p.line}`).sort());
      assert.deepEqual(
        new Set(g.planted.map((p) => p.code)),
        new Set(['unknown-role', 'unknown-reference', 'uncovered-liability', 'duplicate-id', 'schema']),
      );
    });
  }

  it('stays under the 2 MiB size limit at 50,000 lines', () => {
    const g = generateStrategy({ lines: 50_000 });
    assert.ok(g.bytes < 2 * 1024 * 1024, `${g.bytes} bytes`);
  });

  it('points the probe at a goal near the middle: its status value, owner value and statement key', () => {
    const g = generateStrategy({ lines: 1000 });
    const lines = g.text.split('\n');
    const { status, statusValue, ownerValue, statementKey } = g.probe;
    assert.ok(Math.abs(status.line - g.lines / 2) < 50);
    assert.equal(lines[status.line].slice(status.character, status.character + statusValue.length), statusValue);
    assert.match(statusValue, /^(planned|active|done|dropped)$/);
    assert.match(lines[ownerValue.line].slice(0, ownerValue.character), /^\s+owner: $/);
    assert.match(lines[statementKey.line].slice(statementKey.character - 2), /^statement: /);
    assert.equal(lines[g.schemaErrorLine].trim(), 'status: ongoing');
  });
});

describe('bench LSP client: workspace/configuration answers', () => {
  const settings = { yaml: { validate: true, schemaStore: { enable: false } }, '[yaml]': { x: 1 } };
  it('answers a section, a dotted path, and null for what it does not have', () => {
    assert.deepEqual(lookup(settings, 'yaml'), settings.yaml);
    assert.equal(lookup(settings, 'yaml.schemaStore.enable'), false);
    assert.deepEqual(lookup(settings, '[yaml]'), { x: 1 });
    assert.equal(lookup(settings, 'strategy'), null);
    assert.equal(lookup(settings, 'yaml.nothing.here'), null);
  });
});
