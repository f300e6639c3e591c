/**
 * The cold section of the benchmark: fresh processes only.
 *
 * - cold `strategy check` of samples/northwind.strategy.yaml (about 400 lines) beside the cold floor
 *   (bench/cold-floor.ts, bundled: a fresh process that reads the file and parses it with `yaml`) and
 *   beside `node -e 0`, run in turn (check, floor, node, check, ...): the ratios are taken pair by pair;
 * - cold open -> diagnostics at 1,000 / 10,000 / 50,000 lines (bench/cold-open.ts), ours and
 *   yaml-language-server in turn.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { coldOpen } from './cold-open';
import { BENCH_TODAY, generateStrategy } from './generate';
import { ROOT, type BenchServer } from './servers';
import { median, ms } from './stats';
import { withSection } from './sections';
import { targetTable } from './targets';

const OUT_DIR = '/tmp/strategy-bench';
const CLI_JS = join(ROOT, 'dist', 'cli.js');
export const COLD_FILE = join(ROOT, 'samples', 'northwind.strategy.yaml');
export const COLD_HEADING = '## Cold start (medians)';

export interface ColdCheckFigures {
  file: string;
  lines: number;
  runs: number;
  checkMs: number;
  floorMs: number;
  nodeMs: number;
  /** Medians of the per-round ratios. */
  checkVsFloor: number;
  checkVsNode: number;
  floorVsNode: number;
}

export interface ColdOpenFigures {
  lines: number;
  runs: number;
  ours: number;
  theirs: number;
  /** Median of the per-round ratios ours / theirs. */
  ratio: number;
  oursSpawnMs: number;
  theirsSpawnMs: number;
  failure?: string;
}

export interface ColdFigures {
  at: Date;
  check: ColdCheckFigures;
  open: ColdOpenFigures[];
}

/** Bundles bench/cold-floor.ts twice (parse only; parse + the generated schema validators); returns both paths. */
export async function buildFloors(): Promise<{ parse: string; schema: string }> {
  const out = { parse: join(OUT_DIR, 'cold-floor.js'), schema: join(OUT_DIR, 'cold-floor-schema.js') };
  for (const [file, withSchema] of [
    [out.parse, false],
    [out.schema, true],
  ] as const) {
    await build({
      entryPoints: [join(ROOT, 'bench', 'cold-floor.ts')],
      outfile: file,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'warning',
      define: { WITH_SCHEMA: String(withSchema) },
    });
  }
  return out;
}

/** Wall time of one fresh process, from spawn to exit; `check` sees its exit status and output. */
function timeProcess(args: string[], check?: (status: number | null, stdout: string) => string | undefined): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const elapsed = performance.now() - t0;
  const problem = check ? check(r.status, r.stdout) : r.status === 0 ? undefined : `exit ${r.status}: ${r.stderr}`;
  if (problem) throw new Error(`node ${args.join(' ')}: ${problem}`);
  return elapsed;
}

/** Cold `strategy check FILE` beside the cold floor and `node -e 0`, `runs` rounds after one untimed round. */
export async function measureColdCheck(runs: number, file = COLD_FILE): Promise<ColdCheckFigures> {
  const floors = await buildFloors();
  const check = () =>
    timeProcess([CLI_JS, 'check', file, '--format', 'json', '--today', BENCH_TODAY], (status, stdout) => {
      if (status !== 0 && status !== 1) return `exit ${status}`;
      const result = JSON.parse(stdout) as { file: string }[];
      return result.length === 1 ? undefined : `expected one file checked, got ${result.length}`;
    });
  const floor = () => timeProcess([floors.parse, file]);
  const node = () => timeProcess(['-e', '0']);
  check();
  floor();
  node();
  const rounds: { check: number; floor: number; node: number }[] = [];
  for (let i = 0; i < runs; i++) rounds.push({ check: check(), floor: floor(), node: node() });
  const text = spawnSync('wc', ['-l', file], { encoding: 'utf8' }).stdout;
  return {
    file: file.startsWith(ROOT) ? file.slice(ROOT.length + 1) : file,
    lines: Number(text.trim().split(/\s+/)[0]),
    runs,
    checkMs: median(rounds.map((r) => r.check)),
    floorMs: median(rounds.map((r) => r.floor)),
    nodeMs: median(rounds.map((r) => r.node)),
    checkVsFloor: median(rounds.map((r) => r.check / r.floor)),
    checkVsNode: median(rounds.map((r) => r.check / r.node)),
    floorVsNode: median(rounds.map((r) => r.floor / r.node)),
  };
}

/** Cold open -> diagnostics for each size, ours and theirs in turn, `runs` rounds each. */
export async function measureColdOpens(
  servers: [BenchServer, BenchServer],
  sizes: number[],
  runs: number,
  log: (m: string) => void,
): Promise<ColdOpenFigures[]> {
  const out: ColdOpenFigures[] = [];
  for (const lines of sizes) {
    const g = generateStrategy({ lines });
    const rounds: { ours: number; theirs: number; oursSpawn: number; theirsSpawn: number }[] = [];
    let failure: string | undefined;
    for (let i = 0; i < runs && !failure; i++) {
      try {
        const ours = await coldOpen(servers[0], g, 180_000);
        const theirs = await coldOpen(servers[1], g, 180_000);
        rounds.push({ ours: ours.openMs, theirs: theirs.openMs, oursSpawn: ours.spawnMs, theirsSpawn: theirs.spawnMs });
        log(
          `cold open ${g.lines} lines, round ${i + 1}/${runs}: ours ${ms(ours.openMs)}, yaml-language-server ${ms(theirs.openMs)}`,
        );
      } catch (e) {
        failure = (e as Error).message;
      }
    }
    out.push({
      lines: g.lines,
      runs: rounds.length,
      failure,
      ours: median(rounds.map((r) => r.ours)),
      theirs: median(rounds.map((r) => r.theirs)),
      ratio: median(rounds.map((r) => r.ours / r.theirs)),
      oursSpawnMs: median(rounds.map((r) => r.oursSpawn)),
      theirsSpawnMs: median(rounds.map((r) => r.theirsSpawn)),
    });
  }
  return out;
}

const x = (r: number) => `${r.toFixed(2)}x`;

/** The cold section's figures: cold check beside its floors (`checkRuns` rounds), cold open beside yaml-language-server at each size (`openRuns` rounds). */
export async function measureCold(
  servers: (BenchServer | undefined)[],
  opts: { checkRuns: number; openRuns: number; sizes?: number[] },
  log: (m: string) => void,
): Promise<ColdFigures> {
  const at = new Date();
  const check = await measureColdCheck(opts.checkRuns);
  log(`cold check measured: ${check.checkVsFloor.toFixed(2)}x the cold floor`);
  const [ours, theirs] = servers;
  const sizes = opts.sizes ?? [1000, 10_000, 50_000];
  const open = ours && theirs ? await measureColdOpens([ours, theirs], sizes, opts.openRuns, log) : [];
  return { at, check, open };
}

/** The cold section of bench/RESULTS.md. */
export function coldSection(f: ColdFigures, load: number[]): string {
  const c = f.check;
  const openRows = f.open.map((o) =>
    o.failure
      ? `| ${o.lines.toLocaleString('en')} | failed: ${o.failure.slice(0, 120).replace(/\|/g, '/')} | | | | |`
      : `| ${o.lines.toLocaleString('en')} | ${ms(o.ours)} | ${ms(o.theirs)} | ${x(o.ratio)} | ${ms(o.oursSpawnMs)} | ${ms(o.theirsSpawnMs)} |`,
  );
  return `${COLD_HEADING}

Fresh processes only (bench/cold.ts; the page cache may be warm). Measured ${f.at.toISOString()}, load
average ${load.map((l) => l.toFixed(2)).join(' / ')} (1/5/15 min) on this machine's cores: other work
inflates every figure, the ratios less since the runs alternate and each ratio is taken within a round.

**Cold \`strategy check\`** of \`${c.file}\` (${c.lines} lines, \`--format json\`), the cold floor
(\`bench/cold-floor.ts\` bundled like \`dist/cli.js\`: read the file, \`yaml.parseDocument\`, exit) and
\`node -e 0\`, in turn, ${c.runs} rounds after one untimed round; wall time from spawn to exit:

| process | median | / cold floor | / \`node -e 0\` |
|---|---:|---:|---:|
| \`strategy check\` | ${ms(c.checkMs)} | ${x(c.checkVsFloor)} | ${x(c.checkVsNode)} |
| cold floor | ${ms(c.floorMs)} | 1.00x | ${x(c.floorVsNode)} |
| \`node -e 0\` | ${ms(c.nodeMs)} | | 1.00x |

**Cold open -> diagnostics** (bench/cold-open.ts): a fresh server, initialized and configured, is sent
its first file (its workspace folder holds that file alone); \`didOpen\` -> the first \`publishDiagnostics\` that shows what it must report (ours: the
planted problems; yaml-language-server: the planted schema error). Ours and yaml-language-server in
turn; the ratio is the median of the per-round ratios.

| lines | ours | yaml-language-server | ours / theirs | ours, spawn -> diagnostics | theirs, spawn -> diagnostics |
|---:|---:|---:|---:|---:|---:|
${openRows.join('\n')}

${targetTable({ cold: f }, 'cold', 'target (issue 14)')}
`;
}

/** RESULTS.md with the cold section in place of its old one (else before "## Targets", else at the end). */
export function withCold(md: string, section: string): string {
  return withSection(md, COLD_HEADING, section, '## Targets');
}
