/**
 * Cold open -> diagnostics: a fresh server process, initialized and configured, is handed its first
 * file; the time runs from `didOpen` to the first `publishDiagnostics` that shows what the server must
 * report. No warm-up file: the schema, the parser and every code path are met for the first time.
 *
 *   node --import tsx bench/cold-open.ts --lines 10000 [--server ours|yaml-ls] [--node-args '--cpu-prof']
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateStrategy, type GeneratedStrategy } from './generate';
import { LspClient, type Published } from './lsp-client';
import { ourServer, yamlLanguageServer, type BenchServer } from './servers';
import { sessionFolder } from './session-folder';

export interface ColdOpen {
  /** didOpen -> the diagnostics that show the planted problems. */
  openMs: number;
  /** Process spawned -> those diagnostics (start, initialize, configuration and the open). */
  spawnMs: number;
}

/**
 * One cold session: `g` written alone into a fresh folder (the session's workspace), then spawn,
 * initialize, configure, open the file, wait for its diagnostics, stop; the folder is removed.
 */
export async function coldOpen(server: BenchServer, g: GeneratedStrategy, timeoutMs: number): Promise<ColdOpen> {
  const folder = sessionFolder(`cold-${g.lines}`);
  const path = folder.write(`cold-${g.lines}.strategy.yaml`, g.text);
  const spawned = performance.now();
  const client = LspClient.start(server, server.settings);
  try {
    await client.initialize(folder.uri, server.initializationOptions);
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
    folder.dispose();
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
  const r = await coldOpen(server, g, 180_000);
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
