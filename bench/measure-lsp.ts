/**
 * One benchmark session against one server: start it, configure it, prove the configuration took on
 * a small file, then time open -> diagnostics, edits -> diagnostics, completion at an owner value and
 * hover on a key on a generated file, and read the process's peak RSS at the end.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { generateStrategy, type GeneratedStrategy } from './generate';
import { LspClient, type Published } from './lsp-client';
import type { BenchServer } from './servers';
import { sessionFolder } from './session-folder';

export interface SessionResult {
  server: string;
  openMs: number;
  editMs: number[];
  completionMs: number[];
  completionItems: number;
  hoverMs: number[];
  hoverChars: number;
  peakRssKiB?: number;
  /** Requests that returned nothing: their times are left out (nothing is timed that did not work). */
  problems: string[];
}

export interface SessionOptions {
  /** Edit pairs (break a value, then restore it): each edit waits for its diagnostics. */
  editPairs: number;
  requests: number;
  /** Hang guard for any single wait. */
  timeoutMs: number;
}

const warmup = generateStrategy({ lines: 120, seed: 99 });

export async function runSession(
  server: BenchServer,
  g: GeneratedStrategy,
  opts: SessionOptions,
): Promise<SessionResult> {
  // The session's own workspace folder, empty: both files are opened from the editor only, so that
  // open -> diagnostics is the server analysing the opened text (not a look-up of what indexing the
  // folder found before), and no server ever indexes the files of another session.
  const folder = sessionFolder(`session-${g.lines}`);
  const measured = folder.path(`bench-${g.lines}.strategy.yaml`);
  const client = LspClient.start(server, server.settings);
  try {
    await client.initialize(folder.uri, server.initializationOptions);
    await client.configure(server.settings);
    await proveWorking(client, server, warmup, folder.path('warmup.strategy.yaml'), opts.timeoutMs);

    const uri = pathToFileURL(measured).toString();
    const reported = (p: Published) => server.reportsPlanted(p.diagnostics, g);
    let t0 = performance.now();
    const opened = client.waitForDiagnostics(uri, reported, opts.timeoutMs);
    await client.open(uri, server.languageId, g.text, 1);
    const openMs = (await opened).at - t0;

    const editMs: number[] = [];
    const line = g.probe.status.line;
    const end = g.probe.status.character + g.probe.statusValue.length;
    const onProbeLine = (d: Diagnostic) => d.range.start.line === line;
    let version = 1;
    for (let i = 0; i < opts.editPairs; i++) {
      // A keystroke that breaks the status enum value, then the backspace that restores it.
      const steps = [
        { change: { range: at(line, end, end), text: 'x' }, accept: (p: Published) => p.diagnostics.some(onProbeLine) },
        {
          change: { range: at(line, end, end + 1), text: '' },
          accept: (p: Published) => !p.diagnostics.some(onProbeLine) && reported(p),
        },
      ];
      for (const step of steps) {
        version++;
        const expected = version;
        const done = client.waitForDiagnostics(
          uri,
          (p) => (p.version === undefined || p.version === expected) && step.accept(p),
          opts.timeoutMs,
        );
        t0 = performance.now();
        await client.change(uri, version, [step.change]);
        editMs.push((await done).at - t0);
      }
    }

    const problems: string[] = [];
    const completion = await timeRequest(
      opts.requests,
      () => client.completion(uri, g.probe.ownerValue),
      (r) => itemsOf(r).length,
    );
    if (!completion.size) problems.push(`completion returned no items at the owner value ${pos(g.probe.ownerValue)}`);
    const hover = await timeRequest(
      opts.requests,
      () => client.hover(uri, g.probe.statementKey),
      (h) => hoverText(h).length,
    );
    if (!hover.size) problems.push(`hover returned nothing on the statement key ${pos(g.probe.statementKey)}`);
    return {
      server: server.label,
      openMs,
      editMs,
      problems,
      peakRssKiB: client.peakRssKiB(),
      completionMs: completion.size ? completion.ms : [],
      completionItems: completion.size,
      hoverMs: hover.size ? hover.ms : [],
      hoverChars: hover.size,
    };
  } finally {
    await client.stop();
    folder.dispose();
  }
}

/** Opens a small generated file and waits until the server reports its planted problems. */
async function proveWorking(
  client: LspClient,
  server: BenchServer,
  g: GeneratedStrategy,
  path: string,
  timeoutMs: number,
): Promise<void> {
  const uri = pathToFileURL(path).toString();
  const ok = client.waitForDiagnostics(uri, (p) => server.reportsPlanted(p.diagnostics, g), timeoutMs);
  await client.open(uri, server.languageId, g.text, 1);
  await ok;
  await client.close(uri);
}

/** Times `runs` requests; `size` is what the last answer held (items, characters), 0 when empty. */
async function timeRequest<T>(
  runs: number,
  send: () => Promise<T>,
  measure: (r: T) => number,
): Promise<{ ms: number[]; size: number }> {
  const ms: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = await send();
    ms.push(performance.now() - t0);
    size = measure(result);
  }
  return { ms, size };
}

function at(line: number, from: number, to: number) {
  return { start: { line, character: from }, end: { line, character: to } };
}

function pos(p: { line: number; character: number }): string {
  return `${p.line + 1}:${p.character + 1}`;
}

function itemsOf(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return c.value;
}
