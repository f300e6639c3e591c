/**
 * An edit in one part of a 7-file strategy -> the diagnostics of all 7 files (issue 14), in process.
 *
 * The same generated strategy twice, at the same total size: as one file, and split into a root and
 * six parts (bench/split.ts). One keystroke (`active` -> `activex` in the probe goal's status, then its
 * undo, as bench/core.ts does):
 *
 * - in the part that holds the probe goal, through the language server's own path for an edit
 *   (bench/in-process-workspace.ts: the workspace composes the strategy again, the edited part
 *   re-parsed block by block, the rules on the composed model, each file's LSP diagnostics);
 * - in the one-file strategy, through the core's IncrementalAnalyzer: the keystroke figure of
 *   bench/core.ts, which the target compares with;
 * - in the one-file strategy through the same workspace path (for the reader: what the server does
 *   for a one-file strategy today).
 *
 * The three alternate in each round; CPU and wall medians.
 *
 *   node --import tsx bench/parts-edit.ts [--lines 10000] [--runs 15]
 *   node --import tsx bench/run.ts --parts-only [--quick]
 */
import { performance } from 'node:perf_hooks';
import { checkedAnalyzer, withKeystroke } from './core';
import { BENCH_TODAY, generateStrategy, type GeneratedStrategy } from './generate';
import { InProcessWorkspace } from './in-process-workspace';
import { splitGenerated, type SplitStrategy } from './split';
import { median, ms } from './stats';
import { targetTable } from './targets';

export const PARTS_HEADING = '## An edit in one part of a 7-file strategy (in process)';
const DIR = '/bench/parts';
const ONE_DIR = '/bench/one';

export interface Sample {
  wall: number;
  cpu: number;
}

export interface PartsFigure {
  lines: number;
  files: number;
  /** The part edited (relative to the root's folder). */
  part: string;
  runs: number;
  /** Keystroke in the part -> every file's diagnostics, through the server's workspace path. */
  parts: Sample;
  /** The one-file keystroke figure: IncrementalAnalyzer on the one-file strategy. */
  oneFile: Sample;
  /** The one-file strategy through the same workspace path. */
  oneFileWorkspace: Sample;
  /** parts / oneFile, CPU time (what the target judges). */
  ratio: number;
}

function timed(fn: () => void | Promise<void>): Promise<Sample> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  return Promise.resolve(fn()).then(() => {
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { wall, cpu: (c.user + c.system) / 1000 };
  });
}

const mid = (xs: Sample[]): Sample => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)) });

/** The split strategy's files under `dir`, by absolute path. */
export function filesOf(split: SplitStrategy, dir = DIR): Map<string, string> {
  return new Map([...split.files].map(([name, text]) => [`${dir}/${name}`, text]));
}

/** A keystroke at the end of the probe's status value and its undo, as incremental changes at `line`. */
function keystroke(g: GeneratedStrategy, line: number) {
  const end = g.probe.status.character + g.probe.statusValue.length;
  const range = (to: number) => ({ start: { line, character: end }, end: { line, character: to } });
  return { type: [{ range: range(end), text: 'x' }], undo: [{ range: range(end + 1), text: '' }] };
}

/** Planted codes by file, as `code@line` (the split's lines). */
export function plantedByFile(split: SplitStrategy, dir = DIR): Map<string, string[]> {
  const out = new Map<string, string[]>([...split.files.keys()].map((n) => [`${dir}/${n}`, []]));
  for (const p of split.whole.planted) {
    const w = split.where(p.line);
    out.get(`${dir}/${w.file}`)!.push(`${p.code}@${w.line}`);
  }
  for (const v of out.values()) v.sort();
  return out;
}

function found(w: InProcessWorkspace, uri: string): string[] {
  return (w.pushed.get(uri)?.diagnostics ?? []).map((d) => `${String(d.code)}@${d.range.start.line}`).sort();
}

export async function measurePartsEdit(lines = 10_000, runs = 15, warmup = 3): Promise<PartsFigure> {
  const g = generateStrategy({ lines });
  const split = splitGenerated(g);
  const probe = split.where(g.probe.status.line);
  const partsWs = new InProcessWorkspace(filesOf(split), BENCH_TODAY);
  await partsWs.start(DIR);
  const partUri = await partsWs.open(`${DIR}/${probe.file}`, split.files.get(probe.file)!);
  const expected = plantedByFile(split);
  for (const [file, codes] of expected) {
    const uri = `file://${file}`;
    if (found(partsWs, uri).join() !== codes.join())
      throw new Error(`${file}: expected ${codes.join(', ')}, got ${found(partsWs, uri).join(', ')}`);
  }

  const oneFile = `${ONE_DIR}/one.strategy.yaml`;
  const oneWs = new InProcessWorkspace(new Map([[oneFile, g.text]]), BENCH_TODAY);
  await oneWs.start(ONE_DIR);
  const oneUri = await oneWs.open(oneFile, g.text);
  const broken = withKeystroke(g);
  const { run: analyse } = checkedAnalyzer('one.strategy.yaml');
  analyse(g.text, g.planted.length);

  const partKeys = keystroke(g, probe.line);
  const oneKeys = keystroke(g, g.probe.status.line);
  const samples = { parts: [] as Sample[], oneFile: [] as Sample[], oneFileWorkspace: [] as Sample[] };
  const onProbe = (w: InProcessWorkspace, uri: string, line: number) =>
    (w.pushed.get(uri)?.diagnostics ?? []).some((d) => d.code === 'schema' && d.range.start.line === line);
  for (let i = 0; i < warmup + runs; i++) {
    for (const step of ['type', 'undo'] as const) {
      const p = await timed(() => partsWs.change(partUri, partKeys[step]));
      if (onProbe(partsWs, partUri, probe.line) !== (step === 'type'))
        throw new Error(`the part's diagnostics after the ${step} do not show it`);
      const o = await timed(() =>
        analyse(step === 'type' ? broken : g.text, g.planted.length + (step === 'type' ? 1 : 0)),
      );
      const ow = await timed(() => oneWs.change(oneUri, oneKeys[step]));
      if (onProbe(oneWs, oneUri, g.probe.status.line) !== (step === 'type'))
        throw new Error(`the one file's diagnostics after the ${step} do not show it`);
      if (i < warmup) continue;
      samples.parts.push(p);
      samples.oneFile.push(o);
      samples.oneFileWorkspace.push(ow);
    }
  }
  const parts = mid(samples.parts);
  const one = mid(samples.oneFile);
  return {
    lines: g.lines,
    files: split.files.size,
    part: probe.file,
    runs,
    parts,
    oneFile: one,
    oneFileWorkspace: mid(samples.oneFileWorkspace),
    ratio: parts.cpu / one.cpu,
  };
}

/** The section of bench/RESULTS.md. */
export function partsSection(f: PartsFigure, load: number[], at = new Date()): string {
  const row = (what: string, x: Sample) => `| ${what} | ${ms(x.cpu)} | ${ms(x.wall)} |`;
  return `${PARTS_HEADING}

A generated strategy of ${f.lines.toLocaleString('en')} lines, as one file and split into a root and six
parts (${f.files} files, the same lines; bench/parts-edit.ts). One keystroke in the probe goal's status
(\`active\` -> \`activex\`, then its undo; in the split one, in \`${f.part}\`), through the
language server's own path for an edit (its workspace, in process, without the connection or the
debounce: the strategy composed again, the rules, the LSP diagnostics of all ${f.files} files), beside the
one-file keystroke figure (the core's IncrementalAnalyzer, as in the in-process core table). The
three alternate; medians of ${f.runs * 2} keystrokes each. Measured ${at.toISOString()}, load average
${load.map((x) => x.toFixed(2)).join(' / ')} (1/5/15 min) on this machine's cores: the target is judged on CPU time.

| keystroke -> diagnostics compute | CPU time | wall |
|---|---:|---:|
${row(`one part of ${f.files} files -> every file's diagnostics (server workspace path)`, f.parts)}
${row('one file (IncrementalAnalyzer): the keystroke figure', f.oneFile)}
${row('one file through the same server workspace path', f.oneFileWorkspace)}

${targetTable({ parts: f }, 'parts', 'target (issue 14)')}
`;
}

if (require.main === module) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : undefined;
  };
  measurePartsEdit(arg('--lines'), arg('--runs'))
    .then((f) => console.log(JSON.stringify(f, null, 2)))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
