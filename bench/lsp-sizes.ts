/**
 * The language-server sessions of the benchmark at each size: how many, and the loop that alternates
 * ours and yaml-language-server (with the in-process floor timed between them).
 */
import { performance } from 'node:perf_hooks';
import { floor } from './core';
import type { GeneratedStrategy } from './generate';
import { runSession, type SessionOptions } from './measure-lsp';
import type { ServerFigures, SizeFigures } from './report';
import type { BenchServer } from './servers';
import { timeRuns } from './stats';

export interface SizePlan extends SessionOptions {
  lines: number;
  iterations: number;
  coreRuns: number;
  cliRuns: number;
}

export const PLANS: readonly SizePlan[] = [
  { lines: 1000, iterations: 4, editPairs: 2, requests: 5, coreRuns: 30, cliRuns: 3, timeoutMs: 120_000 },
  { lines: 10_000, iterations: 3, editPairs: 2, requests: 5, coreRuns: 8, cliRuns: 2, timeoutMs: 120_000 },
  { lines: 50_000, iterations: 2, editPairs: 2, requests: 3, coreRuns: 3, cliRuns: 2, timeoutMs: 180_000 },
];

/** `plan.iterations` rounds of one session per server, in turn; a server that fails is reported, not timed. */
export async function measureServers(
  plan: SizePlan,
  g: GeneratedStrategy,
  servers: (BenchServer | undefined)[],
  log: (m: string) => void,
): Promise<SizeFigures> {
  const figures: ServerFigures[] = servers.map((s, i) =>
    s
      ? { label: s.label, name: s.name, debounceMs: s.debounceMs, sessions: [] }
      : {
          label: i === 0 ? 'ours' : '?',
          name: 'strategy language server',
          sessions: [],
          failure: 'dist/server.js does not exist (its build entry server/src/lsp/main.ts is missing)',
        },
  );
  const floorMs: number[] = [];
  for (let i = 0; i < plan.iterations; i++) {
    for (const [k, server] of servers.entries()) {
      const f = figures[k];
      if (!server || f.failure) continue;
      try {
        const t0 = performance.now();
        f.sessions.push(await runSession(server, g, plan));
        log(
          `${g.lines} lines, ${server.label}, run ${i + 1}/${plan.iterations}: ${Math.round(performance.now() - t0)} ms`,
        );
      } catch (e) {
        f.failure = (e as Error).message;
        f.sessions = [];
        log(`${g.lines} lines, ${server.label}: FAILED: ${f.failure}`);
      }
    }
    // The floor in the same window as the sessions, so that the 50k target compares like with like.
    floorMs.push(...timeRuns(g.lines <= 1000 ? 5 : 1, () => floor(g.text), i === 0 ? 2 : 0));
  }
  return { lines: g.lines, bytes: g.bytes, servers: figures, floorMs };
}
