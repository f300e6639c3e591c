/**
 * The figures beside the language servers: `strategy check` spawned on files (each run proven by its
 * JSON output), preview render time when the renderer exists, and the size of the packaged .vsix and
 * of the npm package (the installable command line).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../server/src/core/analyze';
import { BENCH_TODAY, generateStrategy, type GeneratedStrategy } from './generate';
import { sessionFolder } from './session-folder';
import { ROOT } from './servers';
import { median, timeRuns } from './stats';

export const CLI_JS = join(ROOT, 'dist', 'cli.js');

export interface CliFigure {
  what: string;
  bytes: number;
  ms: number;
  /** What the output showed, to prove the run worked. */
  found: string;
}

interface JsonResult {
  file: string;
  diagnostics: { code: string }[];
}

/** Spawns `node dist/cli.js check PATHS --format json` `runs` times; `expect` must hold for each output. */
export function timeCheck(
  what: string,
  paths: string[],
  runs: number,
  expect: (r: JsonResult[]) => string | undefined,
): CliFigure {
  const times: number[] = [];
  let found = '';
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const out = spawnSync(process.execPath, [CLI_JS, 'check', ...paths, '--format', 'json', '--today', BENCH_TODAY], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    times.push(performance.now() - t0);
    if (out.status === 2 || out.status === null)
      throw new Error(`strategy check ${what} failed (${out.status}): ${out.stderr}`);
    const problem = expect(JSON.parse(out.stdout) as JsonResult[]);
    if (problem) throw new Error(`strategy check ${what}: ${problem}`);
    found = summarize(JSON.parse(out.stdout) as JsonResult[]);
  }
  const bytes = paths.reduce((sum, p) => sum + sizeOf(p), 0);
  return { what, bytes, ms: median(times), found };
}

/** The planted codes, each at its line, and nothing else. */
export function expectPlanted(g: GeneratedStrategy) {
  return (r: JsonResult[]): string | undefined => {
    const codes = r[0]?.diagnostics
      .map((d) => d.code)
      .sort()
      .join(',');
    const want = g.planted
      .map((p) => p.code)
      .sort()
      .join(',');
    return codes === want ? undefined : `expected ${want}, got ${codes}`;
  };
}

function summarize(r: JsonResult[]): string {
  const counts = new Map<string, number>();
  for (const f of r) for (const d of f.diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return `${r.length} file(s): ${[...counts].map(([c, n]) => `${c} x${n}`).join(', ') || 'no diagnostics'}`;
}

function sizeOf(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, f) => sum + sizeOf(join(path, f)), 0);
}

export interface RenderFigure {
  lines: number;
  ms?: number;
  htmlBytes?: number;
  note?: string;
}

/** Times renderHtml on the analysis of a generated file, if server/src/core/render exists. */
export function timeRender(g: GeneratedStrategy, runs: number): RenderFigure {
  const dir = join(ROOT, 'server', 'src', 'core', 'render');
  if (!existsSync(join(dir, 'index.ts')))
    return { lines: g.lines, note: 'skipped: server/src/core/render does not exist yet' };
  let render: (...args: unknown[]) => unknown;
  try {
    const mod = require(dir) as { renderHtml?: (...args: unknown[]) => unknown };
    if (typeof mod.renderHtml !== 'function')
      return { lines: g.lines, note: 'skipped: render/index.ts exports no renderHtml' };
    render = mod.renderHtml;
  } catch (e) {
    return { lines: g.lines, note: `skipped: the renderer does not load yet (${(e as Error).message.split('\n')[0]})` };
  }
  const analysis = analyze(g.text, 'bench.strategy.yaml', { today: BENCH_TODAY });
  let html: unknown;
  try {
    const ms = median(
      timeRuns(runs, () => {
        html = render(analysis, { today: BENCH_TODAY });
      }),
    );
    if (typeof html !== 'string' || !html.includes('data-line')) {
      return { lines: g.lines, note: 'renderHtml returned no HTML with data-line attributes' };
    }
    return { lines: g.lines, ms, htmlBytes: Buffer.byteLength(html) };
  } catch (e) {
    return { lines: g.lines, note: `renderHtml(analysis, { today }) threw: ${(e as Error).message}` };
  }
}

/** The newest .vsix at the top of the repository, if one was packaged. */
export function vsixSize(): { file: string; bytes: number } | undefined {
  const files = readdirSync(ROOT).filter((f) => f.endsWith('.vsix'));
  const newest = files
    .map((f) => ({ file: f, s: statSync(join(ROOT, f)) }))
    .sort((a, b) => b.s.mtimeMs - a.s.mtimeMs)[0];
  return newest ? { file: newest.file, bytes: newest.s.size } : undefined;
}

export interface NpmPackFigure {
  file: string;
  /** The tarball's size. */
  bytes: number;
  unpackedBytes: number;
  files: number;
}

/** What `npm pack` would write from the current dist/ (the dry run's own figures; scripts not run). */
export function npmPackSize(): NpmPackFigure | { note: string } {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) return { note: `npm pack --dry-run failed: ${r.stderr.trim().split('\n')[0]}` };
  const [p] = JSON.parse(r.stdout) as { filename: string; size: number; unpackedSize: number; entryCount: number }[];
  return { file: p.filename, bytes: p.size, unpackedBytes: p.unpackedSize, files: p.entryCount };
}

/** How many strategy files `strategy check samples/` finds (the samples grow: a split strategy joined them). */
export function sampleFiles(dir = join(ROOT, 'samples')): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.strategy\.ya?ml$/.test(f)).length;
}

/** `strategy check` of a 10 MB generated file (340,000 lines), `runs` times: exactly file-too-large, fast (issue 2). */
export function timeTooLarge(runs: number): CliFigure {
  const folder = sessionFolder('10mb');
  try {
    const big = generateStrategy({ lines: 340_000, seed: 3 });
    const path = folder.write('bench-10mb.strategy.yaml', big.text);
    return timeCheck(`10 MB file (${big.lines.toLocaleString('en')} lines)`, [path], runs, (r) =>
      r[0]?.diagnostics.length === 1 && r[0].diagnostics[0].code === 'file-too-large'
        ? undefined
        : 'expected exactly file-too-large',
    );
  } finally {
    folder.dispose();
  }
}
