/**
 * `node --import tsx bench/run.ts --quick`: every target of bench/targets.ts measured with fewer
 * runs, and only the ratios against their targets printed (bench/RESULTS.md is left as it is).
 * Scaled down to stay within a few minutes: one session per server at 1,000 and 10,000 lines (no
 * 50,000-line sessions: that target is reported as skipped), the in-process core at 1,000, 10,000
 * and 50,000 lines (30, 3 and 1 runs), the 10 MB check once, the cold check (7 rounds) and one cold
 * open per size, the workspace of 20 strategies instead of 200 (said on its lines), and the parts
 * edit at 10,000 lines.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { measureCold } from './cold';
import { measureCore, type CoreFigures } from './core';
import { timeRender, timeTooLarge } from './extras';
import { generateStrategy } from './generate';
import { measureServers, PLANS } from './lsp-sizes';
import { measurePartsEdit } from './parts-edit';
import type { SizeFigures } from './report';
import { ourServer, yamlLanguageServer } from './servers';
import { targetLines, type Target } from './targets';
import { measureWorkspace } from './workspace';

const QUICK_STRATEGIES = 20;

export async function quickRun(log: (m: string) => void): Promise<void> {
  const t0 = performance.now();
  const loadBefore = loadavg();
  const servers = [ourServer(), yamlLanguageServer()];
  const lsp: SizeFigures[] = [];
  for (const plan of PLANS.filter((p) => p.lines <= 10_000)) {
    const g = generateStrategy({ lines: plan.lines });
    lsp.push(await measureServers({ ...plan, iterations: 1, editPairs: 1, requests: 3 }, g, servers, log));
  }
  const core: CoreFigures[] = [];
  for (const [lines, runs, warmup] of [
    [1000, 30, 2],
    [10_000, 3, 1],
    [50_000, 1, 1],
  ]) {
    core.push(measureCore(generateStrategy({ lines }), runs, warmup));
    log(`core ${lines} lines measured`);
  }
  const cli = [timeTooLarge(1)];
  const render = [timeRender(generateStrategy({ lines: 1000 }), 10)];
  const cold = await measureCold(servers, { checkRuns: 7, openRuns: 1 }, log);
  const workspace = await measureWorkspace(log, QUICK_STRATEGIES);
  const parts = await measurePartsEdit(10_000, 7, 2);
  log('parts edit measured');

  const skipped = (t: Target) =>
    t.what.startsWith('50k lines: edit') ? 'the 50,000-line sessions are skipped in --quick' : undefined;
  const run = {
    startedAt: new Date(),
    loadBefore,
    seconds: 0,
    commit: '',
    iterations: 'quick',
    lsp,
    core,
    cli,
    render,
  };
  // The workspace targets are set at 200 strategies; at 20 the server's start-up weighs ten times
  // more in the time ratios, so those lines are indicative only (--workspace-only measures the target).
  const lines = targetLines({ run, cold, workspace, parts }, { skipped }).map((l) =>
    l.includes('workspace:')
      ? `${l}  [--quick: ${QUICK_STRATEGIES} strategies x 7 files, not 200: indicative only, --workspace-only measures the target]`
      : l,
  );
  const seconds = Math.round((performance.now() - t0) / 1000);
  const load = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ');
  process.stdout.write(
    `bench --quick: fewer runs, every target's ratio (bench/RESULTS.md unchanged); ${seconds} s, load average ${load(loadBefore)} before, ${load(loadavg())} after\n${lines.join('\n')}\n`,
  );
}
