/** Turns the figures of one benchmark run into bench/RESULTS.md: tables of medians, ratios and targets. */
import { cpus, loadavg, totalmem } from 'node:os';
import { coreTable, type CoreFigures } from './core';
import type { CliFigure, NpmPackFigure, RenderFigure } from './extras';
import type { SessionResult } from './measure-lsp';
import { median, mib, ms, ratio } from './stats';

export interface ServerFigures {
  label: string;
  name: string;
  debounceMs?: number;
  sessions: SessionResult[];
  /** Why there are no figures (server missing, or it failed to report what it must). */
  failure?: string;
}

export interface SizeFigures {
  lines: number;
  bytes: number;
  servers: ServerFigures[];
  /** The in-process floor, timed between the sessions (same load as the servers saw). */
  floorMs: number[];
}

export interface RunFigures {
  startedAt: Date;
  loadBefore: number[];
  seconds: number;
  commit: string;
  iterations: string;
  lsp: SizeFigures[];
  core: CoreFigures[];
  cli: CliFigure[];
  render: RenderFigure[];
  vsix?: { file: string; bytes: number };
  npmPack?: NpmPackFigure | { note: string };
}

export interface Summary {
  open?: number;
  edit?: number;
  completion?: number;
  completionItems?: number;
  hover?: number;
  rss?: number;
}

export function summarize(s: ServerFigures | undefined): Summary {
  if (!s || s.failure || !s.sessions.length) return {};
  const all = (f: (r: SessionResult) => number[]) => s.sessions.flatMap(f);
  return {
    open: median(all((r) => [r.openMs])),
    edit: median(all((r) => r.editMs)),
    completion: median(all((r) => r.completionMs)),
    completionItems: s.sessions[s.sessions.length - 1].completionItems,
    hover: median(all((r) => r.hoverMs)),
    rss: median(all((r) => (r.peakRssKiB === undefined ? [] : [r.peakRssKiB]))),
  };
}

export function machine(): string {
  const cpu = cpus();
  return [
    `- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores (nproc)`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- node ${process.version} on ${process.platform}/${process.arch}`,
  ].join('\n');
}

function lspTable(sizes: SizeFigures[]): string {
  const rows = ['| lines | measure | ours | yaml-language-server | ours / theirs |', '|---:|---|---:|---:|---:|'];
  for (const size of sizes) {
    const [o, t] = [
      summarize(size.servers.find((s) => s.label === 'ours')),
      summarize(size.servers.find((s) => s.label === 'yaml-ls')),
    ];
    const n = size.lines.toLocaleString('en');
    rows.push(`| ${n} | open -> diagnostics | ${ms(o.open)} | ${ms(t.open)} | ${ratio(o.open, t.open)} |`);
    rows.push(`| ${n} | edit -> diagnostics | ${ms(o.edit)} | ${ms(t.edit)} | ${ratio(o.edit, t.edit)} |`);
    rows.push(
      `| ${n} | completion at an owner value | ${ms(o.completion)} (${o.completionItems ?? 0} items) | ${ms(t.completion)} (${t.completionItems ?? 0} items) | ${ratio(o.completion, t.completion)} |`,
    );
    rows.push(`| ${n} | hover on a key | ${ms(o.hover)} | ${ms(t.hover)} | ${ratio(o.hover, t.hover)} |`);
    rows.push(`| ${n} | peak RSS (VmHWM) | ${mib(o.rss)} | ${mib(t.rss)} | ${ratio(o.rss, t.rss)} |`);
    rows.push(
      `| ${n} | floor: parseDocument + Ajv, in process, between the sessions | ${ms(median(size.floorMs))} | | |`,
    );
  }
  const failures = sizes.flatMap((s) =>
    s.servers.flatMap((x) => {
      const where = `- ${s.lines.toLocaleString('en')} lines, ${x.name}: `;
      const notes = x.failure ? [x.failure] : [...new Set(x.sessions.flatMap((r) => r.problems))];
      return notes.map((n) => where + n);
    }),
  );
  return failures.length
    ? `${rows.join('\n')}\n\nNot timed (nothing is timed that did not work):\n${failures.join('\n')}`
    : rows.join('\n');
}

interface Target {
  what: string;
  measured?: number;
  limit: number;
  unit: 'x' | 'ms';
}

function targets(f: RunFigures): Target[] {
  const near = (a: number, b: number) => Math.abs(a - b) / b < 0.05;
  const at = (lines: number) => f.lsp.find((s) => near(s.lines, lines));
  const sum = (lines: number, label: string) => summarize(at(lines)?.servers.find((s) => s.label === label));
  const core = (lines: number) => f.core.find((c) => near(c.lines, lines));
  const [o10, t10, o50] = [sum(10_000, 'ours'), sum(10_000, 'yaml-ls'), sum(50_000, 'ours')];
  const div = (a?: number, b?: number) =>
    a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b) ? undefined : a / b;
  const c1 = core(1000);
  const c10 = core(10_000);
  const c50 = core(50_000);
  const render1k = f.render.find((r) => r.lines < 2000)?.ms;
  const tooLarge = f.cli.find((c) => c.what.startsWith('10 MB'))?.ms;
  return [
    {
      what: '10k lines: edit -> diagnostics, ours / theirs (each with its default debounce)',
      measured: div(o10.edit, t10.edit),
      limit: 0.4,
      unit: 'x',
    },
    {
      what: '10k lines: completion, ours / theirs',
      measured: div(o10.completion, t10.completion),
      limit: 0.1,
      unit: 'x',
    },
    { what: '10k lines: hover, ours / theirs', measured: div(o10.hover, t10.hover), limit: 0.5, unit: 'x' },
    { what: '10k lines: peak RSS, ours / theirs', measured: div(o10.rss, t10.rss), limit: 0.75, unit: 'x' },
    {
      what: '50k lines: edit -> diagnostics (server, debounce included) / full-reparse floor timed between the sessions',
      measured: div(o50.edit, median(at(50_000)?.floorMs ?? [])),
      limit: 1,
      unit: 'x',
    },
    {
      what: '50k lines: keystroke -> diagnostics compute (IncrementalAnalyzer) / full-reparse floor (CPU time)',
      measured: div(c50?.keystrokeCpuMs, c50?.floorCpuMs),
      limit: 1,
      unit: 'x',
    },
    {
      what: '1k lines: keystroke -> diagnostics compute (IncrementalAnalyzer, CPU time)',
      measured: c1?.keystrokeCpuMs,
      limit: 5,
      unit: 'ms',
    },
    { what: '10k lines: completion (issue 3)', measured: o10.completion, limit: 10, unit: 'ms' },
    { what: '10k lines: hover (issue 3)', measured: o10.hover, limit: 10, unit: 'ms' },
    {
      what: '10k lines: re-validation compute / floor (issue 3, CPU time)',
      measured: div(c10?.analyzeCpuMs, c10?.floorCpuMs),
      limit: 1.2,
      unit: 'x',
    },
    { what: '1k lines: preview render (issue 4)', measured: render1k, limit: 20, unit: 'ms' },
    { what: '10 MB file: strategy check, process included (issue 2)', measured: tooLarge, limit: 2000, unit: 'ms' },
  ];
}

function targetTable(f: RunFigures): string {
  const rows = ['| target | measured | limit | verdict |', '|---|---:|---:|---|'];
  for (const t of targets(f)) {
    const show = (x: number) => (t.unit === 'x' ? `${x.toFixed(2)}x` : ms(x));
    if (t.measured === undefined || Number.isNaN(t.measured)) {
      rows.push(`| ${t.what} | n/a | ${show(t.limit)} | not measured |`);
      continue;
    }
    const met = t.measured <= t.limit;
    const by = met
      ? `met (${Math.round((100 * (t.limit - t.measured)) / t.limit)}% under)`
      : `**missed** by ${(t.measured / t.limit).toFixed(1)}x (${show(t.measured - t.limit)} over)`;
    rows.push(`| ${t.what} | ${show(t.measured)} | ${show(t.limit)} | ${by} |`);
  }
  return rows.join('\n');
}

/** Whether the 10k edit target is reachable at all with our default debounce. */
function debounceNote(f: RunFigures): string {
  const size = f.lsp.find((s) => Math.abs(s.lines - 10_000) / 10_000 < 0.05);
  const ours = size?.servers.find((s) => s.label === 'ours');
  const theirs = summarize(size?.servers.find((s) => s.label === 'yaml-ls')).edit;
  if (!ours?.debounceMs || theirs === undefined || Number.isNaN(theirs)) return '';
  const share = ours.debounceMs / theirs;
  return `\nAt 10k lines our debounce alone (${ours.debounceMs} ms) is ${share.toFixed(2)}x of yaml-language-server's edit -> diagnostics (${ms(theirs)})${share > 0.4 ? ': the 0.4x target cannot be met with this default delay, however fast the compute' : ''}.\n`;
}

function dominant(core: CoreFigures[]): string {
  return core
    .map((c) => {
      const top = [...c.phases].sort((a, b) => b.ms - a.ms).slice(0, 2);
      const total = Math.max(
        c.analyzeMs,
        c.phases.reduce((sum, p) => sum + p.ms, 0),
      );
      return `- ${c.lines.toLocaleString('en')} lines: ${top.map((p) => `${p.name} ${Math.round((100 * p.ms) / total)}%`).join(', ')}`;
    })
    .join('\n');
}

export function renderResults(f: RunFigures): string {
  const servers = f.lsp[0]?.servers ?? [];
  const debounce = servers
    .map(
      (s) =>
        `${s.name}: ${s.debounceMs === undefined ? 'its built-in default (not declared in package.json)' : `${s.debounceMs} ms`}`,
    )
    .join('; ');
  const cli = [
    '| what | bytes | median (process start included) | output |',
    '|---|---:|---:|---|',
    ...f.cli.map((c) => `| ${c.what} | ${c.bytes.toLocaleString('en')} | ${ms(c.ms)} | ${c.found} |`),
  ].join('\n');
  const render = f.render
    .map(
      (r) =>
        `- ${r.lines.toLocaleString('en')} lines: ${r.ms === undefined ? r.note : `${ms(r.ms)} (${r.htmlBytes?.toLocaleString('en')} bytes of HTML)`}`,
    )
    .join('\n');
  const vsix = f.vsix
    ? `${f.vsix.file}: ${(f.vsix.bytes / 1024).toFixed(1)} KiB`
    : 'no .vsix in the repository root (run `npm run package`)';
  const npmPack = f.npmPack ? npmPackLine(f.npmPack) : 'npm package: not measured';
  return `# Benchmark results

Written by \`npm run bench\` (bench/run.ts); the method is in [docs/performance.md](../docs/performance.md).

- date: ${f.startedAt.toISOString()}, commit ${f.commit}, whole run ${Math.round(f.seconds)} s
${machine()}
- load average before the run: ${f.loadBefore.map((x) => x.toFixed(2)).join(' / ')}, after: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(
      ' / ',
    )} (1/5/15 min; other work on the machine inflates every figure, the ratios less so since the runs alternate)
- iterations: ${f.iterations}
- debounce: ${debounce}

## Language servers, side by side (medians)

Each session starts a fresh server process, configures it, proves on a small file that it reports
what it must, then opens the generated file. The sessions alternate (ours, theirs, ours, ...).
An edit is one keystroke that breaks a goal's \`status\` enum value, then its undo; each waits for the
diagnostics that show it. Ours must report exactly the planted codes; yaml-language-server, which
validates the schema only, must report the planted enum violation.

${lspTable(f.lsp)}

## In-process core (medians)

${coreTable(f.core)}

Largest phases:
${dominant(f.core)}

## Command line: \`strategy check\` (medians)

${cli}

## Preview render

${render || '- not measured'}

## Package

- ${vsix}
- ${npmPack}

## Targets

Issue 6's targets, and the related figures of issues 2, 3 and 4. The in-process targets use CPU time,
which other work on the machine inflates less than wall-clock time (both are in the tables above).

${targetTable(f)}
${debounceNote(f)}`;
}

/** The npm package's line of the Package section. */
export function npmPackLine(p: NpmPackFigure | { note: string }): string {
  if ('note' in p) return `npm package: ${p.note}`;
  const kib = (n: number) => (n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(2)} MiB`);
  return `${p.file} (npm pack, the installable command line): ${kib(p.bytes)}, ${kib(p.unpackedBytes)} unpacked, ${p.files} files`;
}
