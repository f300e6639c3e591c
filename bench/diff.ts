/**
 * `strategy diff` of two 10,000-line revisions: a generated strategy and the same one a quarter later
 * (owners replaced, dues moved, audiences widened, liabilities reopened, items removed, comments and
 * blank lines added). Timed in process (both analyses and the diff; the diff alone) and as a user runs
 * it, `strategy diff HEAD~1 HEAD` in a temp git repository (process start and git included). Each run
 * is proven: the command line must print the records the engine found in process.
 *
 *   node --import tsx bench/run.ts --diff-only    this part alone, its section of RESULTS.md replaced
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../server/src/core/analyze';
import { diffStrategies, oneFileSide, type ChangeRecord } from '../server/src/core/diff';
import { CLI_JS } from './extras';
import { BENCH_TODAY, generateStrategy } from './generate';
import { withSection } from './sections';
import { median, ms, timeRuns } from './stats';

export interface DiffFigure {
  lines: [number, number];
  records: number;
  regressions: number;
  /** Both analyses and the diff, in process: wall clock and CPU time. */
  coreMs: number;
  coreCpuMs: number;
  /** The diff of two prepared sides alone. */
  diffOnlyMs: number;
  /** `strategy diff HEAD~1 HEAD --format json`, spawned. */
  cliMs: number;
  runs: { core: number; cli: number };
}

export const DIFF_HEADING = '## strategy diff: two 10,000-line revisions';

/** The same strategy a quarter later: every n-th owner, due, audience and status changed; some items gone; comments added. */
export function nextQuarter(text: string): string {
  const seen: Record<string, number> = {};
  const every = (key: string, n: number) => (seen[key] = (seen[key] ?? 0) + 1) % n === 0;
  const out: string[] = [];
  let dropping = false;
  for (const line of text.split('\n')) {
    const item = /^(\s*)- id: /.exec(line);
    if (item) dropping = every('item', 97);
    else if (dropping && !/^\s{8,}\S/.test(line)) dropping = false;
    if (dropping) continue;
    let l = line
      .replace(/^(\s+owner: )(\S+)$/, (m, k: string) => (every('owner', 40) ? `${k}cio` : m))
      .replace(/^(\s+due: )(\d{4})(-\d\d-\d\d)$/, (m, k: string, y: string, rest: string) =>
        every('due', 25) ? `${k}${Number(y) + 1}${rest}` : m,
      )
      .replace(/^(\s+audience: )internal$/, (m, k: string) => (every('audience', 10) ? `${k}external` : m))
      .replace(/^(\s+status: )mitigated$/, (m, k: string) => (every('status', 3) ? `${k}open` : m));
    if (every('comment', 150)) l = `${l}  # reviewed`;
    out.push(l);
  }
  return out.join('\n');
}

export function measureDiff(coreRuns = 7, cliRuns = 5): DiffFigure {
  const base = generateStrategy({ lines: 10_000 }).text;
  const head = nextQuarter(base);
  const side = (text: string, name: string) =>
    oneFileSide(name, analyze(text, name, { today: BENCH_TODAY, ignoreSuppressions: true }));
  let records: ChangeRecord[] = [];
  const cpu: number[] = [];
  const coreTimes = timeRuns(coreRuns, () => {
    const c0 = process.cpuUsage();
    records = diffStrategies(side(base, 's.strategy.yaml'), side(head, 's.strategy.yaml'));
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  });
  const [b, h] = [side(base, 's.strategy.yaml'), side(head, 's.strategy.yaml')];
  const diffOnly = timeRuns(coreRuns, () => diffStrategies(b, h));
  if (records.length < 50) throw new Error(`the next quarter should change much, got ${records.length} records`);

  const dir = mkdtempSync(join(tmpdir(), 'strategy-bench-diff-'));
  try {
    const git = (...args: string[]) => {
      const r = spawnSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_AUTHOR_NAME: 'bench',
          GIT_AUTHOR_EMAIL: 'bench@example.invalid',
          GIT_COMMITTER_NAME: 'bench',
          GIT_COMMITTER_EMAIL: 'bench@example.invalid',
        },
      });
      if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    };
    git('init', '--quiet');
    writeFileSync(join(dir, 's.strategy.yaml'), base);
    git('add', '.');
    git('commit', '--quiet', '-m', 'base');
    writeFileSync(join(dir, 's.strategy.yaml'), head);
    git('commit', '--quiet', '-am', 'next quarter');
    const cliTimes: number[] = [];
    for (let i = 0; i < cliRuns; i++) {
      const t0 = performance.now();
      const r = spawnSync(
        process.execPath,
        [CLI_JS, 'diff', 'HEAD~1', 'HEAD', '--format', 'json', '--today', BENCH_TODAY],
        { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
      );
      cliTimes.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`strategy diff failed (${r.status}): ${r.stderr}`);
      const printed = (JSON.parse(r.stdout) as { changes: unknown[] }[])[0].changes.length;
      if (printed !== records.length)
        throw new Error(`strategy diff printed ${printed} records, the engine found ${records.length}`);
    }
    return {
      lines: [base.split('\n').length, head.split('\n').length],
      records: records.length,
      regressions: records.filter((r) => r.impact === 'regression').length,
      coreMs: median(coreTimes),
      coreCpuMs: median(cpu.slice(-coreRuns)),
      diffOnlyMs: median(diffOnly),
      cliMs: median(cliTimes),
      runs: { core: coreRuns, cli: cliRuns },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function diffSection(f: DiffFigure): string {
  return `${DIFF_HEADING} (medians)

A generated strategy (${f.lines[0].toLocaleString('en')} lines) against the same one a quarter later
(${f.lines[1].toLocaleString('en')} lines: owners replaced, dues moved, audiences widened, liabilities
reopened, items removed, comments added): ${f.records} records, ${f.regressions} of them regressions
(bench/diff.ts). Measured ${new Date().toISOString()}, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')}
(1/5/15 min) on this machine's 2 cores: other work inflates these figures.

| what | median | runs |
|---|---:|---:|
| \`strategy diff HEAD~1 HEAD --format json\` in a git repository (process start, git, both analyses, the diff, output) | ${ms(f.cliMs)} | ${f.runs.cli} |
| in process: both analyses and the diff | ${ms(f.coreMs)} (CPU time ${ms(f.coreCpuMs)}) | ${f.runs.core} |
| in process: the diff of two analysed sides alone | ${ms(f.diffOnlyMs)} | ${f.runs.core} |
`;
}

/** RESULTS.md with the diff section in place of its old one (else at the end). */
export function withDiff(md: string, f: DiffFigure | undefined): string {
  return f ? withSection(md, DIFF_HEADING, diffSection(f)) : md;
}
