/**
 * The workspace benchmark (issue 12, item 7): a generated workspace of 200 strategies of 7 files each
 * (a root and six parts, about 700,000 lines), opened by no one.
 *
 * - initialize -> every file's problems published (push), and the server's peak RSS;
 * - an edit in one part of a 7-file strategy -> the edited part's diagnostics, and the diagnostics of
 *   every file of the strategy that the edit changes (the liability part loses its `covers`: the
 *   parts with exposed items get `uncovered-liability`); files whose diagnostics do not change are
 *   not sent again;
 * - the in-process floor: parse + Ajv of the same 1,400 files, nothing else.
 *
 *   node --import tsx bench/run.ts --workspace-only   (npm run bench runs it too)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { floor } from './core';
import { LspClient, type Published } from './lsp-client';
import { ourServer } from './servers';
import { withSection } from './sections';
import { sessionFolder } from './session-folder';
import { splitStrategy } from './split';
import { targetTable } from './targets';

export { splitStrategy };

export const WORKSPACE_HEADING = '## A workspace of 200 strategies across 7 files';

const STRATEGIES = 200;
const LINES_PER_STRATEGY = 3500;
const CLI = join(__dirname, '..', 'dist', 'cli.js');

export interface WorkspaceFigure {
  strategies: number;
  files: number;
  lines: number;
  initializeMs: number;
  peakRssMiB?: number;
  /** VmRSS when every file was published, and two seconds later (the pool's threads ended). */
  rssAfterMiB?: number;
  rssSettledMiB?: number;
  /** `strategy check` of the workspace folder (process included), with threads and with one. */
  checkMs: number;
  checkOneThreadMs: number;
  editedPartMs: number;
  strategyMs: number;
  filesUpdated: number;
  floorMs: number;
}

/** Measures the workspace of `strategies` strategies (200 in the whole run; --quick scales it down). */
export async function measureWorkspace(
  log: (m: string) => void,
  strategies = STRATEGIES,
): Promise<WorkspaceFigure | undefined> {
  const server = ourServer();
  if (!server) return undefined;
  const folder = sessionFolder('workspace');
  const dir = folder.dir;
  const texts = new Map<string, string>();
  for (let s = 1; s <= strategies; s++) {
    for (const [name, text] of splitStrategy(s, LINES_PER_STRATEGY)) {
      const file = join(dir, `s${String(s).padStart(3, '0')}`, name);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, text);
      texts.set(file, text);
    }
  }
  const lines = [...texts.values()].reduce((n, t) => n + t.split('\n').length, 0);
  log(`workspace: ${texts.size} files, ${lines} lines`);

  const f0 = performance.now();
  for (const t of texts.values()) floor(t);
  const floorMs = performance.now() - f0;

  const client = LspClient.start(server, server.settings);
  const uris = [...texts.keys()].map((f) => pathToFileURL(f).href);
  const all = uris.map((uri) => client.waitForDiagnostics(uri, () => true, 600_000));
  const t0 = performance.now();
  await client.initialize(pathToFileURL(dir).href, server.initializationOptions);
  await Promise.all(all);
  const initializeMs = performance.now() - t0;
  const rssAfterMiB = (client.rssKiB() ?? NaN) / 1024;
  const peakRssMiB = (client.peakRssKiB() ?? NaN) / 1024;
  await new Promise((r) => setTimeout(r, 2000));
  const rssSettledMiB = (client.rssKiB() ?? NaN) / 1024;
  log(`workspace: initialize -> ${uris.length} files published in ${Math.round(initializeMs)} ms`);

  // An edit in the liability part of the middle strategy (s100 of 200): every covers emptied.
  const base = join(dir, `s${String(Math.ceil(strategies / 2)).padStart(3, '0')}`);
  const liability = join(base, 'parts', 'social-liability.strategy.yaml');
  const uri = pathToFileURL(liability).href;
  const before = texts.get(liability)!;
  await client.open(uri, 'strategy', before);
  await client.waitForDiagnostics(uri, (p) => p.version === 1, 60_000).catch(() => undefined);
  const after = before.replace(/covers: \[[^\]]*\]/g, 'covers: []');
  const others = [...texts.keys()]
    .filter((f) => f.startsWith(`${base}/`) && f !== liability)
    .map((f) => pathToFileURL(f).href);
  const updated: Promise<Published | undefined>[] = others.map((o) =>
    client
      .waitForDiagnostics(o, (p) => p.diagnostics.some((d) => d.code === 'uncovered-liability'), 10_000)
      .catch(() => undefined),
  );
  const t1 = performance.now();
  const edited = client.waitForDiagnostics(uri, (p) => p.version === 2, 60_000);
  await client.change(uri, 2, [{ text: after }]);
  const part = await edited;
  const results = await Promise.all(updated);
  const changed = results.filter((r): r is Published => !!r);
  const strategyMs = Math.max(part.at, ...changed.map((r) => r.at)) - t1;
  await client.stop();
  const check = (env: Record<string, string>) => {
    const t = performance.now();
    spawnSync(process.execPath, [CLI, 'check', '.', '--format', 'json', '--today', '2026-11-25'], {
      cwd: dir,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    return performance.now() - t;
  };
  const checkMs = check({});
  const checkOneThreadMs = check({ STRATEGY_THREADS: '1' });
  log(`workspace: strategy check ${Math.round(checkMs)} ms (one thread: ${Math.round(checkOneThreadMs)} ms)`);
  folder.dispose();
  return {
    strategies,
    files: texts.size,
    lines,
    initializeMs,
    peakRssMiB,
    rssAfterMiB,
    rssSettledMiB,
    checkMs,
    checkOneThreadMs,
    floorMs,
    editedPartMs: part.at - t1,
    strategyMs,
    filesUpdated: 1 + changed.length,
  };
}

export function workspaceSection(f: WorkspaceFigure): string {
  const ms = (x: number) => `${Math.round(x).toLocaleString('en')} ms`;
  const mib = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? 'n/a' : `${Math.round(x)} MiB`);
  return `${WORKSPACE_HEADING}

${f.files.toLocaleString('en')} files (${f.strategies} generated strategies, each a root and six parts), ${f.lines.toLocaleString('en')} lines,
none of them opened: the server indexes the workspace folder and publishes every file's problems
(bench/workspace.ts). Measured ${new Date().toISOString()}, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')}
(1/5/15 min) on this machine's 2 cores, shared with other work: these figures are inflated by it.

| what | figure |
|---|---:|
| initialize -> every file's diagnostics published (push) | ${ms(f.initializeMs)} |
| the server's peak RSS (VmHWM) after that | ${mib(f.peakRssMiB)} |
| the server's RSS (VmRSS) when every file was published / two seconds later | ${mib(f.rssAfterMiB)} / ${mib(f.rssSettledMiB)} |
| \`strategy check\` of the workspace folder, process included (both cores / STRATEGY_THREADS=1) | ${ms(f.checkMs)} / ${ms(f.checkOneThreadMs)} |
| in-process floor: parse + Ajv of the same ${f.files.toLocaleString('en')} files, nothing else | ${ms(f.floorMs)} |
| an edit in one part (the liability part's covers emptied) -> that part's diagnostics (100 ms debounce included) | ${ms(f.editedPartMs)} |
| ... -> the diagnostics of every file of the strategy the edit changed (${f.filesUpdated} of 7; the others are unchanged and not sent again) | ${ms(f.strategyMs)} |

${targetTable({ workspace: f }, 'workspace', 'target (issue 14)')}
`;
}

/** RESULTS.md with the workspace section in place of its old one (else at the end). */
export function withWorkspace(md: string, f: WorkspaceFigure | undefined): string {
  return f ? withSection(md, WORKSPACE_HEADING, workspaceSection(f)) : md;
}
