/**
 * Every target the benchmark judges, in one place: issue 14's (cold start, workspace scale, an edit
 * across parts) and the older ones of issues 2, 3, 4 and 6. Each says where its verdict is written in
 * bench/RESULTS.md (`section`), its limit, and how to read its figure from a run's figures. The
 * RESULTS.md writers and `--quick` both read this list.
 */
import type { ColdFigures } from './cold';
import type { PartsFigure } from './parts-edit';
import type { RunFigures } from './report';
import { median, ms, summarize } from './stats';
import type { WorkspaceFigure } from './workspace';

/** What one run measured; a part left out (a --*-only run, --quick's skips) is absent. */
export interface AllFigures {
  run?: RunFigures;
  cold?: ColdFigures;
  workspace?: WorkspaceFigure;
  parts?: PartsFigure;
}

export type Section = 'targets' | 'cold' | 'workspace' | 'parts';

export interface Target {
  issue: number;
  section: Section;
  what: string;
  limit: number;
  unit: 'x' | 'ms' | 'MiB' | 'MB';
  /** The figure, or undefined when it was not measured. */
  measured(f: AllFigures): number | undefined;
}

const near = (a: number, b: number) => Math.abs(a - b) / b < 0.05;
const div = (a?: number, b?: number) =>
  a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b) || b === 0 ? undefined : a / b;

function lsp(f: AllFigures, lines: number, label: 'ours' | 'yaml-ls') {
  return summarize(f.run?.lsp.find((s) => near(s.lines, lines))?.servers.find((s) => s.label === label));
}
const core = (f: AllFigures, lines: number) => f.run?.core.find((c) => near(c.lines, lines));
const floorBetween = (f: AllFigures, lines: number) => {
  const xs = f.run?.lsp.find((s) => near(s.lines, lines))?.floorMs ?? [];
  return xs.length ? median(xs) : undefined;
};
function coldOpen(f: AllFigures, lines: number): number | undefined {
  const o = f.cold?.open.find((x) => near(x.lines, lines));
  return o && !o.failure ? o.ratio : undefined;
}
const mb = (mib: number | undefined) => (mib === undefined ? undefined : (mib * 1048576) / 1e6);

export const TARGETS: readonly Target[] = [
  // Issue 6, and the related figures of issues 2, 3 and 4.
  {
    issue: 6,
    section: 'targets',
    what: '10k lines: edit -> diagnostics, ours / theirs (each with its default debounce)',
    limit: 0.4,
    unit: 'x',
    measured: (f) => div(lsp(f, 10_000, 'ours').edit, lsp(f, 10_000, 'yaml-ls').edit),
  },
  {
    issue: 6,
    section: 'targets',
    what: '10k lines: completion, ours / theirs',
    limit: 0.1,
    unit: 'x',
    measured: (f) => div(lsp(f, 10_000, 'ours').completion, lsp(f, 10_000, 'yaml-ls').completion),
  },
  {
    issue: 6,
    section: 'targets',
    what: '10k lines: hover, ours / theirs',
    limit: 0.5,
    unit: 'x',
    measured: (f) => div(lsp(f, 10_000, 'ours').hover, lsp(f, 10_000, 'yaml-ls').hover),
  },
  {
    issue: 6,
    section: 'targets',
    what: '10k lines: peak RSS, ours / theirs',
    limit: 0.75,
    unit: 'x',
    measured: (f) => div(lsp(f, 10_000, 'ours').rss, lsp(f, 10_000, 'yaml-ls').rss),
  },
  {
    issue: 6,
    section: 'targets',
    what: '50k lines: edit -> diagnostics (server, debounce included) / full-reparse floor timed between the sessions',
    limit: 1,
    unit: 'x',
    measured: (f) => div(lsp(f, 50_000, 'ours').edit, floorBetween(f, 50_000)),
  },
  {
    issue: 6,
    section: 'targets',
    what: '50k lines: keystroke -> diagnostics compute (IncrementalAnalyzer) / full-reparse floor (CPU time)',
    limit: 1,
    unit: 'x',
    measured: (f) => div(core(f, 50_000)?.keystrokeCpuMs, core(f, 50_000)?.floorCpuMs),
  },
  {
    issue: 6,
    section: 'targets',
    what: '1k lines: keystroke -> diagnostics compute (IncrementalAnalyzer, CPU time)',
    limit: 5,
    unit: 'ms',
    measured: (f) => core(f, 1000)?.keystrokeCpuMs,
  },
  {
    issue: 3,
    section: 'targets',
    what: '10k lines: completion (issue 3)',
    limit: 10,
    unit: 'ms',
    measured: (f) => lsp(f, 10_000, 'ours').completion,
  },
  {
    issue: 3,
    section: 'targets',
    what: '10k lines: hover (issue 3)',
    limit: 10,
    unit: 'ms',
    measured: (f) => lsp(f, 10_000, 'ours').hover,
  },
  {
    issue: 3,
    section: 'targets',
    what: '10k lines: re-validation compute / floor (issue 3, CPU time)',
    limit: 1.2,
    unit: 'x',
    measured: (f) => div(core(f, 10_000)?.analyzeCpuMs, core(f, 10_000)?.floorCpuMs),
  },
  {
    issue: 4,
    section: 'targets',
    what: '1k lines: preview render (issue 4)',
    limit: 20,
    unit: 'ms',
    measured: (f) => f.run?.render.find((r) => r.lines < 2000)?.ms,
  },
  {
    issue: 2,
    section: 'targets',
    what: '10 MB file: strategy check, process included (issue 2)',
    limit: 2000,
    unit: 'ms',
    measured: (f) => f.run?.cli.find((c) => c.what.startsWith('10 MB'))?.ms,
  },
  // Issue 14.
  {
    issue: 14,
    section: 'cold',
    what: 'cold `strategy check`, about 400 lines / cold floor',
    limit: 1.2,
    unit: 'x',
    measured: (f) => f.cold?.check.checkVsFloor,
  },
  ...[1000, 10_000, 50_000].map((lines): Target => ({
    issue: 14,
    section: 'cold',
    what: `cold open -> diagnostics, ${lines / 1000}k lines, ours / yaml-language-server`,
    limit: 0.5,
    unit: 'x',
    measured: (f) => coldOpen(f, lines),
  })),
  {
    issue: 14,
    section: 'workspace',
    what: 'workspace: initialize -> every file published / floor',
    limit: 0.7,
    unit: 'x',
    measured: (f) => div(f.workspace?.initializeMs, f.workspace?.floorMs),
  },
  {
    issue: 14,
    section: 'workspace',
    what: 'workspace: `strategy check` of the workspace / floor',
    limit: 0.7,
    unit: 'x',
    measured: (f) => div(f.workspace?.checkMs, f.workspace?.floorMs),
  },
  {
    issue: 14,
    section: 'workspace',
    what: 'workspace: peak RSS',
    limit: 1024,
    unit: 'MiB',
    measured: (f) => f.workspace?.peakRssMiB,
  },
  {
    issue: 14,
    section: 'workspace',
    what: 'workspace: RSS after indexing (two seconds after the last publication)',
    limit: 400,
    unit: 'MB',
    measured: (f) => mb(f.workspace?.rssSettledMiB),
  },
  {
    issue: 14,
    section: 'parts',
    what: 'an edit in one part of a 7-file strategy -> all 7 files diagnostics / one-file keystroke, same size (CPU time)',
    limit: 1.2,
    unit: 'x',
    measured: (f) => f.parts?.ratio,
  },
];

export function show(x: number, unit: Target['unit']): string {
  return unit === 'x' ? `${x.toFixed(2)}x` : unit === 'ms' ? ms(x) : `${Math.round(x)} ${unit}`;
}

/** "met (12% under)" or "NOT met (5% over)"; "not measured" for NaN. */
export function verdict(value: number, limit: number): string {
  if (Number.isNaN(value)) return 'not measured';
  const margin = Math.round((Math.abs(limit - value) / limit) * 100);
  return value <= limit ? `met (${margin}% under)` : `NOT met (${margin}% over)`;
}

/** The verdict table of one section of RESULTS.md. */
export function targetTable(f: AllFigures, section: Section, heading = 'target'): string {
  const rows = [`| ${heading} | measured | limit | verdict |`, '|---|---:|---:|---|'];
  for (const t of TARGETS.filter((x) => x.section === section)) {
    const m = t.measured(f);
    rows.push(
      m === undefined || Number.isNaN(m)
        ? `| ${t.what} | n/a | ${show(t.limit, t.unit)} | not measured |`
        : `| ${t.what} | ${show(m, t.unit)} | ${show(t.limit, t.unit)} | ${verdict(m, t.limit)} |`,
    );
  }
  return rows.join('\n');
}

/** One line per target (what --quick prints), of the sections `only` names (default: all); `skipped` says why a figure is absent. */
export function targetLines(
  f: AllFigures,
  opts: { only?: readonly Section[]; skipped?: (t: Target) => string | undefined } = {},
): string[] {
  const chosen = TARGETS.filter((t) => !opts.only || opts.only.includes(t.section));
  const width = Math.max(...chosen.map((t) => t.what.length));
  return chosen.map((t) => {
    const m = t.measured(f);
    const limit = `<= ${show(t.limit, t.unit)}`;
    const result =
      m === undefined || Number.isNaN(m)
        ? `n/a (${opts.skipped?.(t) ?? 'not measured'}); target ${limit}`
        : `${show(m, t.unit)}, target ${limit}: ${verdict(m, t.limit)}`;
    return `issue ${String(t.issue).padEnd(2)}  ${t.what.padEnd(width)}  ${result}`;
  });
}
