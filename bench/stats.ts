/** Small helpers for timing and summarising samples. */
import { performance } from 'node:perf_hooks';
import type { SessionResult } from './measure-lsp';
import type { ServerFigures } from './report';

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns the times in ms. */
export function timeRuns(runs: number, fn: () => void, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export function ms(x: number | undefined): string {
  if (x === undefined || Number.isNaN(x)) return 'n/a';
  return x >= 100 ? `${Math.round(x)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`;
}

export function mib(kib: number | undefined): string {
  return kib === undefined || Number.isNaN(kib) ? 'n/a' : `${(kib / 1024).toFixed(1)} MiB`;
}

export function ratio(ours: number | undefined, theirs: number | undefined): string {
  if (ours === undefined || theirs === undefined || Number.isNaN(ours) || Number.isNaN(theirs) || theirs === 0)
    return 'n/a';
  return `${(ours / theirs).toFixed(2)}x`;
}

export interface Summary {
  open?: number;
  edit?: number;
  completion?: number;
  completionItems?: number;
  hover?: number;
  rss?: number;
}

/** The medians of one server's sessions at one size. */
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
