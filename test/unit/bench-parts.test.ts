/** The parts-edit benchmark's input: a generated strategy split into a root and six parts reports what the one file does. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BENCH_TODAY, generateStrategy } from '../../bench/generate';
import { InProcessWorkspace } from '../../bench/in-process-workspace';
import { filesOf, plantedByFile } from '../../bench/parts-edit';
import { ROOT_NAME, splitGenerated } from '../../bench/split';
import { composeStrategy } from '../../server/src/core/compose';
import { memoryHost } from '../../server/src/core/host';
import { LineIndex } from '../../server/src/core/lines';

const g = generateStrategy({ lines: 1000 });
const split = splitGenerated(g);

describe('bench: a generated strategy split into 7 files', () => {
  it('is a root and six parts holding every line of the one file', () => {
    assert.equal(split.files.size, 7);
    assert.equal([...split.files.keys()][0], ROOT_NAME);
    const lines = g.text.split('\n');
    const at = lines.indexOf('conversations:');
    lines.forEach((text, line) => {
      if (line === at) return; // each part has its own `conversations:`
      const w = split.where(line);
      assert.equal(split.files.get(w.file)!.split('\n')[w.line], text, `line ${line} -> ${w.file}:${w.line}`);
    });
  });

  it('composes into one strategy that reports the planted problems where the one file has them', () => {
    const files = filesOf(split, '/w');
    const r = composeStrategy(`/w/${ROOT_NAME}`, memoryHost(files), { today: BENCH_TODAY });
    assert.ok(!('error' in r) && r.kind === 'composed');
    const found = new Map(
      [...r.files].map(([file, a]) => [
        file,
        a.problems.map((p) => `${p.code}@${new LineIndex(a.text).position(p.span.start).line}`).sort(),
      ]),
    );
    assert.deepEqual(found, plantedByFile(split, '/w'));
    assert.equal([...found.values()].flat().length, g.planted.length);
  });

  it("reports them through the language server's workspace, and a keystroke in a part shows there", async () => {
    const w = new InProcessWorkspace(filesOf(split, '/w'), BENCH_TODAY);
    await w.start('/w');
    const codes = (file: string) =>
      (w.pushed.get(`file://${file}`)?.diagnostics ?? []).map((d) => `${String(d.code)}@${d.range.start.line}`).sort();
    for (const [file, expected] of plantedByFile(split, '/w')) assert.deepEqual(codes(file), expected, file);
    const probe = split.where(g.probe.status.line);
    const file = `/w/${probe.file}`;
    const uri = await w.open(file, split.files.get(probe.file)!);
    const end = g.probe.status.character + g.probe.statusValue.length;
    const at = { line: probe.line, character: end };
    await w.change(uri, [{ range: { start: at, end: at }, text: 'x' }]);
    assert.ok(codes(file).includes(`schema@${probe.line}`), codes(file).join());
    assert.equal(w.pushed.get(uri)?.version, 2);
  });
});
