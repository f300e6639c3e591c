/**
 * Cold open -> diagnostics: a fresh server process, initialized and configured, is handed its first
 * file; the time runs from `didOpen` to the first `publishDiagnostics` that shows what the server must
 * report. No warm-up file: the schema, the parser and every code path are met for the first time.
 *
 *   node --import tsx bench/cold-open.ts --lines 10000 [--server ours|yaml-ls] [--node-args '--cpu-prof']
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateStrategy, type GeneratedStrategy } from './generate';
import { LspClient, type Published } from './lsp-client';
import { ourServer, yamlLanguageServer, type BenchServer } from './servers';

const WORK_DIR = '/tmp/strategy-bench';

/**
 * Where the file of a cold open is written: a folder of its own, which is the session's workspace, so
 * that a server indexing its workspace finds that one file and nothing else.
 */
export function coldFilePath(lines: number): string {
  return `${WORK_DIR}/cold-${lines}/cold-${lines}.strategy.yaml`;
}

/** Writes the generated file at coldFilePath. */
export function writeColdFile(g: GeneratedStrategy): string {
  const path = coldFilePath(g.lines);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, g.text);
  return path;
}

export interface ColdOpen {
  /** didOpen -> the diagnostics that show the planted problems. */
  openMs: number;
  /** Process spawned -> those diagnostics (start, initialize, configuration and the open). */
  spawnMs: number;
}

/** One cold session: spawn, initialize (the workspace: the file's folder), configure, open `path` (holding `g`), wait for its diagnostics, stop. */
export async function coldOpen(
  server: BenchServer,
  g: GeneratedStrategy,
  path: string,
  timeoutMs: number,
): Promise<ColdOpen> {
  const spawned = performance.now();
  const client = LspClient.start(server, server.settings);
  try {
    await client.initialize(pathToFileURL(dirname(path)).toString(), server.initializationOptions);
    await client.configure(server.settings);
    const uri = pathToFileURL(path).toString();
    const reported = client.waitForDiagnostics(
      uri,
      (p: Published) => server.reportsPlanted(p.diagnostics, g),
      timeoutMs,
    );
    const t0 = performance.now();
    await client.open(uri, server.languageId, g.text, 1);
    const at = (await reported).at;
    return { openMs: at - t0, spawnMs: at - spawned };
  } finally {
    await client.stop();
  }
}

/** The server with extra node options (a CPU profile, for instance) before its script. */
export function withNodeArgs(server: BenchServer, nodeArgs: string[]): BenchServer {
  return { ...server, args: [...nodeArgs, ...server.args] };
}

async function main(): Promise<void> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const lines = Number(arg('--lines') ?? 1000);
  const base = arg('--server') === 'yaml-ls' ? yamlLanguageServer() : ourServer();
  if (!base) throw new Error('dist/server.js is missing: run npm run build');
  const server = withNodeArgs(base, (arg('--node-args') ?? '').split(' ').filter(Boolean));
  const g = generateStrategy({ lines });
  const path = writeColdFile(g);
  const r = await coldOpen(server, g, path, 180_000);
  process.stdout.write(
    `${server.label} ${g.lines} lines: open -> diagnostics ${r.openMs.toFixed(1)} ms, spawn -> diagnostics ${r.spawnMs.toFixed(1)} ms\n`,
  );
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
