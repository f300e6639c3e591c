/**
 * Keystroke -> preview updated, as the VS Code client does it: one keystroke (didChange), the server's
 * diagnostics for that version (after its validation delay), then `strategy/preview` for the webview,
 * whose answer must be that version showing the typed text. The extension host does no analysis: this
 * is the whole path but the webview's own paint. Also timed: the preview request alone.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { PreviewRequest } from '../server/src/protocol';
import type { GeneratedStrategy } from './generate';
import { LspClient } from './lsp-client';
import type { BenchServer } from './servers';
import { sessionFolder } from './session-folder';
import { median, ms } from './stats';

export interface PreviewFigure {
  lines: number;
  keystrokes: number;
  /** Where the server analyses this file. */
  where: string;
  /** didChange -> preview answer for that version, each keystroke. */
  updateMs: number[];
  /** The strategy/preview request alone (the analysis done), each keystroke. */
  requestMs: number[];
  /** The validation delay the server waited (strategy.validation.delay). */
  delayMs: number;
  failure?: string;
}

const ORG = 'organization: ';

export async function measurePreview(
  server: BenchServer,
  g: GeneratedStrategy,
  keystrokes: number,
  timeoutMs: number,
): Promise<PreviewFigure> {
  const delayMs = 100;
  const figure: PreviewFigure = {
    lines: g.lines,
    keystrokes,
    where: 'main thread (under 1 Mi characters)',
    updateMs: [],
    requestMs: [],
    delayMs,
  };
  // A workspace folder of its own (not the repository, whose strategy files the server would index).
  const folder = sessionFolder(`preview-${g.lines}`);
  const client = LspClient.start(server, { strategy: { validation: { delay: delayMs } } });
  try {
    await client.initialize(folder.uri, server.initializationOptions);
    const uri = pathToFileURL(folder.path(`bench-preview-${g.lines}.strategy.yaml`)).href;
    const first = client.waitForDiagnostics(uri, (p) => p.version === 1, timeoutMs);
    await client.open(uri, server.languageId, g.text);
    await first;
    const lines = g.text.split('\n');
    const line = lines.findIndex((l) => l.startsWith(ORG));
    let column = lines[line].length;
    let typed = lines[line].slice(ORG.length);
    for (let k = 0; k < keystrokes; k++) {
      const version = k + 2;
      const ch = 'abcdefghijklmnopqrstuvwxyz'[k % 26];
      const published = client.waitForDiagnostics(uri, (p) => p.version === version, timeoutMs);
      const t0 = performance.now();
      await client.change(uri, version, [
        { range: { start: { line, character: column }, end: { line, character: column } }, text: ch },
      ]);
      await published;
      const t1 = performance.now();
      const answer = await client.request(PreviewRequest, { textDocument: { uri }, flavour: 'webview' });
      const t2 = performance.now();
      column++;
      typed += ch;
      if (answer?.version !== version || !answer.body.includes(typed))
        throw new Error(`the preview of version ${version} does not show "${typed}"`);
      figure.updateMs.push(t2 - t0);
      figure.requestMs.push(t2 - t1);
    }
  } catch (e) {
    figure.failure = (e as Error).message;
  } finally {
    await client.stop();
    folder.dispose();
  }
  return figure;
}

export function previewSection(figures: readonly PreviewFigure[]): string {
  const rows = figures.map((f) =>
    f.failure
      ? `| ${f.lines.toLocaleString('en')} | failed: ${f.failure} | | |`
      : `| ${f.lines.toLocaleString('en')} | ${ms(median(f.updateMs))} | ${ms(median(f.requestMs))} | ${f.keystrokes} |`,
  );
  return `## Preview: keystroke -> preview updated (medians)

What the VS Code preview waits for after a keystroke (bench/preview.ts): didChange, the server's
diagnostics of that version (after the ${figures[0]?.delayMs ?? 100} ms validation delay, included), then
\`strategy/preview\` answering that version's body. The extension host analyses nothing. Measured
${new Date().toISOString()}, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')} (1/5/15 min) on this
machine's 2 cores: other work inflates these figures.

| lines | keystroke -> preview updated | of which the preview request | keystrokes |
|---:|---:|---:|---:|
${rows.join('\n')}
`;
}
