/**
 * In-process figures: `analyze()` against the floor (`yaml.parseDocument` + Ajv on `doc.toJS()`), and
 * where analyze's time goes, phase by phase, on the same text.
 *
 *   node --import tsx bench/core.ts        prints the table for 1k, 10k and 50k lines
 */
import { performance } from 'node:perf_hooks';
import { LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import { analyze } from '../server/src/core/analyze';
import { IncrementalAnalyzer } from '../server/src/core/incremental/analyzer';
import { buildModel } from '../server/src/core/model/build';
import { parseStrategyText } from '../server/src/core/parse/parseStrategy';
import { toData } from '../server/src/core/parse/tree';
import { collectTreeProblems } from '../server/src/core/parse/treeProblems';
import { RULES } from '../server/src/core/rules';
import { createContext } from '../server/src/core/rules/context';
import { validateData } from '../server/src/core/schema/ajv';
import { mapSchemaErrors } from '../server/src/core/schema/mapErrors';
import { BENCH_TODAY, generateStrategy, type GeneratedStrategy } from './generate';
import { median, ms } from './stats';

export interface CoreFigures {
  lines: number;
  bytes: number;
  /** yaml.parseDocument + Ajv validateData(doc.toJS()): wall-clock and CPU medians. */
  floorMs: number;
  floorCpuMs: number;
  analyzeMs: number;
  analyzeCpuMs: number;
  /** Median ms of each step analyze() takes, measured one by one. */
  phases: { name: string; ms: number }[];
  /** A keystroke and its undo through the server's IncrementalAnalyzer: wall and CPU medians. */
  keystrokeMs: number;
  keystrokeCpuMs: number;
  /** How the analyzer handled the keystrokes (incremental, or a fall back to a full parse). */
  keystrokeMode: string;
}

export const PHASES = [
  'yaml parse',
  'tree + spans',
  'schema (Ajv + mapping)',
  'model',
  'rules',
  'suppressions, sort, rest',
];

export function floor(text: string): void {
  const doc = parseDocument(text);
  validateData(doc.toJS());
}

/** Wall-clock and process CPU time of one call, in ms (CPU time is steadier on a busy machine). */
function timed(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/** Floor, analyze() and the phases, interleaved in each round so that drift hits all three alike. */
export function measureCore(g: GeneratedStrategy, runs: number, warmup = 1): CoreFigures {
  const floorS: { wall: number; cpu: number }[] = [];
  const analyzeS: { wall: number; cpu: number }[] = [];
  const phaseS: number[][] = PHASES.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    const f = timed(() => floor(g.text));
    const a = timed(() => check(g));
    const p = phaseTimes(g.text);
    if (i < warmup) continue;
    floorS.push(f);
    analyzeS.push(a);
    p.forEach((x, k) => phaseS[k].push(x));
  }
  const analyzeMs = median(analyzeS.map((x) => x.wall));
  const phases = PHASES.map((name, k) => ({ name, ms: median(phaseS[k]) }));
  const known = phases.slice(0, -1).reduce((sum, p) => sum + p.ms, 0);
  phases[phases.length - 1].ms = Math.max(0, analyzeMs - known);
  const keystroke = measureKeystroke(g, Math.max(3, runs), warmup);
  return {
    lines: g.lines,
    bytes: g.bytes,
    analyzeMs,
    phases,
    keystrokeMs: median(keystroke.samples.map((x) => x.wall)),
    keystrokeCpuMs: median(keystroke.samples.map((x) => x.cpu)),
    keystrokeMode: keystroke.mode,
    floorMs: median(floorS.map((x) => x.wall)),
    floorCpuMs: median(floorS.map((x) => x.cpu)),
    analyzeCpuMs: median(analyzeS.map((x) => x.cpu)),
  };
}

/**
 * What the server computes after a keystroke: the IncrementalAnalyzer (one per document, as the server
 * keeps it) re-analyses the file after `active` -> `activex` in the probe goal's status, then after the
 * undo. Each result is checked: one more schema problem, then exactly the planted ones again.
 */
export function measureKeystroke(
  g: GeneratedStrategy,
  runs: number,
  warmup = 1,
): { samples: { wall: number; cpu: number }[]; mode: string } {
  const broken = withKeystroke(g);
  const { analyzer, run } = checkedAnalyzer('bench.strategy.yaml');
  run(g.text, g.planted.length);
  const samples: { wall: number; cpu: number }[] = [];
  const modes = new Set<string>();
  for (let i = 0; i < warmup + runs; i++) {
    for (const [text, expected] of [
      [broken, g.planted.length + 1],
      [g.text, g.planted.length],
    ] as const) {
      const t = timed(() => run(text, expected));
      modes.add(analyzer.lastRun.mode);
      if (i >= warmup) samples.push(t);
    }
  }
  return { samples, mode: [...modes].join(' + ') };
}

/** The benchmark's keystroke: an `x` typed after the probe goal's status value (an enum error). */
export function withKeystroke(g: GeneratedStrategy): string {
  const at = offsetOf(g.text, g.probe.status) + g.probe.statusValue.length;
  return `${g.text.slice(0, at)}x${g.text.slice(at)}`;
}

/** One IncrementalAnalyzer, as an editor keeps per document; `run` analyses a text and checks its problem count. */
export function checkedAnalyzer(file: string): {
  analyzer: IncrementalAnalyzer;
  run: (text: string, expected: number) => void;
} {
  const analyzer = new IncrementalAnalyzer();
  const run = (text: string, expected: number) => {
    const a = analyzer.analyze(text, file, { today: BENCH_TODAY });
    if (a.problems.length !== expected)
      throw new Error(`IncrementalAnalyzer found ${a.problems.length} problems, expected ${expected}`);
  };
  return { analyzer, run };
}

function offsetOf(text: string, pos: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + pos.character;
}

function check(g: GeneratedStrategy): void {
  const a = analyze(g.text, 'bench.strategy.yaml', { today: BENCH_TODAY });
  if (a.problems.length !== g.planted.length) {
    throw new Error(
      `analyze() found ${a.problems.length} problems in the ${g.lines}-line file, expected ${g.planted.length}`,
    );
  }
}

/** The steps of analyze(), timed one by one (the last phase is filled in from analyze's total). */
function phaseTimes(text: string): number[] {
  const out: number[] = [];
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    out.push(now - t);
    t = now;
  };
  parseAllDocuments(text, {
    lineCounter: new LineCounter(),
    uniqueKeys: false,
    version: '1.2',
    schema: 'core',
    merge: false,
  });
  lap();
  const yamlMs = out[0];
  t = performance.now();
  const parsed = parseStrategyText(text);
  lap();
  out[1] = Math.max(0, out[1] - yamlMs);
  const root = parsed.root;
  const lineZero = { start: 0, end: text.indexOf('\n') };
  collectTreeProblems(root);
  mapSchemaErrors(validateData(toData(root)), root, lineZero);
  lap();
  const model = buildModel(root, 'bench.strategy.yaml');
  lap();
  const ctx = createContext(model, BENCH_TODAY, lineZero);
  for (const rule of RULES) Array.from(rule.check(ctx));
  lap();
  out.push(0);
  return out;
}

export function coreTable(figures: CoreFigures[]): string {
  const share = (f: CoreFigures, x: number) =>
    Math.round(
      (100 * x) /
        Math.max(
          f.analyzeMs,
          f.phases.reduce((s, p) => s + p.ms, 0),
        ),
    );
  const rows = [
    '| lines | bytes | floor: parseDocument + Ajv | analyze() | analyze / floor | floor, CPU time | analyze(), CPU time | analyze / floor, CPU |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...figures.map(
      (f) =>
        `| ${f.lines.toLocaleString('en')} | ${f.bytes.toLocaleString('en')} | ${ms(f.floorMs)} | ${ms(f.analyzeMs)} | ${(f.analyzeMs / f.floorMs).toFixed(2)}x | ${ms(f.floorCpuMs)} | ${ms(f.analyzeCpuMs)} | ${(f.analyzeCpuMs / f.floorCpuMs).toFixed(2)}x |`,
    ),
    '',
    '| lines | keystroke -> diagnostics compute (IncrementalAnalyzer) | CPU time | / floor, CPU | how it ran |',
    '|---:|---:|---:|---:|---|',
    ...figures.map(
      (f) =>
        `| ${f.lines.toLocaleString('en')} | ${ms(f.keystrokeMs)} | ${ms(f.keystrokeCpuMs)} | ${(f.keystrokeCpuMs / f.floorCpuMs).toFixed(2)}x | ${f.keystrokeMode} |`,
    ),
    '',
    `| where analyze() spends its time (wall) | ${figures.map((f) => `${f.lines.toLocaleString('en')} lines`).join(' | ')} |`,
    `|---|${figures.map(() => '---:').join('|')}|`,
    ...PHASES.map(
      (name, k) =>
        `| ${name} | ${figures.map((f) => `${ms(f.phases[k].ms)} (${share(f, f.phases[k].ms)}%)`).join(' | ')} |`,
    ),
  ];
  return rows.join('\n');
}

if (require.main === module) {
  const figures = [1000, 10_000, 50_000].map((lines) =>
    measureCore(generateStrategy({ lines }), lines >= 50_000 ? 3 : lines >= 10_000 ? 8 : 30, lines >= 50_000 ? 1 : 2),
  );
  console.log(coreTable(figures));
}
