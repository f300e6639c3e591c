/** Turns the figures of one benchmark run into bench/RESULTS.md: tables of medians, ratios and targets. */
import { cpus, loadavg, totalmem } from 'node:os';
import { coreTable, type CoreFigures } from './core';
import type { CliFigure, NpmPackFigure, RenderFigure } from './extras';
import type { SessionResult } from './measure-lsp';
import { median, mib, ms, ratio, summarize } from './stats';
import { targetTable } from './targets';
export { withSection } from './sections';

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

Each session starts a fresh server process in an empty workspace folder of its own (removed after
it), configures it, proves on a small file that it reports what it must, then opens the generated
file. The sessions alternate (ours, theirs, ours, ...).
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
Issue 14's targets are judged in their own sections (cold start, an edit in one part of a 7-file
strategy, the workspace); bench/targets.ts lists every target once.

${targetTable({ run: f }, 'targets')}
${debounceNote(f)}`;
}

/** The npm package's line of the Package section. */
export function npmPackLine(p: NpmPackFigure | { note: string }): string {
  if ('note' in p) return `npm package: ${p.note}`;
  const kib = (n: number) => (n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(2)} MiB`);
  return `${p.file} (npm pack, the installable command line): ${kib(p.bytes)}, ${kib(p.unpackedBytes)} unpacked, ${p.files} files`;
}
