/**
 * `npm run bench` (every mode builds dist/ first): measures our language server against yaml-language-server on
 * generated files, the in-process floor, the command line, the preview renderer and the package, and
 * writes bench/RESULTS.md.
 *
 *   node --import tsx bench/run.ts [--sizes 1000,10000] [--iterations N]
 *   node --import tsx bench/run.ts --quick           every target's ratio, fewer runs, scaled down (bench/quick.ts)
 *   node --import tsx bench/run.ts --preview-only    only keystroke -> preview updated, its section of RESULTS.md replaced
 *   node --import tsx bench/run.ts --diff-only       only strategy diff of two 10,000-line revisions, its section replaced
 *   node --import tsx bench/run.ts --workspace-only  only the workspace of 200 strategies x 7 files, its section replaced
 *   node --import tsx bench/run.ts --cold-only       only the cold section (fresh processes), its section replaced
 *   node --import tsx bench/run.ts --parts-only      only an edit in one part of a 7-file strategy, its section replaced
 *
 * --quick with --cold-only or --parts-only: fewer runs, and only that section's ratios against their
 * targets are printed; bench/RESULTS.md is left as it is.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { measureCore, type CoreFigures } from './core';
import {
  expectPlanted,
  npmPackSize,
  sampleFiles,
  timeCheck,
  timeRender,
  timeTooLarge,
  vsixSize,
  type CliFigure,
} from './extras';
import { generateStrategy, type GeneratedStrategy } from './generate';
import { measureServers, PLANS, type SizePlan } from './lsp-sizes';
import { measurePartsEdit, PARTS_HEADING, partsSection } from './parts-edit';
import { quickRun } from './quick';
import { measurePreview, previewSection, type PreviewFigure } from './preview';
import { diffSection, measureDiff, withDiff } from './diff';
import { coldSection, measureCold, withCold } from './cold';
import { renderResults, withSection, type RunFigures, type SizeFigures } from './report';
import { ourServer, ROOT, yamlLanguageServer, type BenchServer } from './servers';
import { targetLines } from './targets';
import { measureWorkspace, withWorkspace } from './workspace';

const OUT_DIR = '/tmp/strategy-bench';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function plans(): SizePlan[] {
  const sizes = arg('--sizes')?.split(',').map(Number);
  const iterations = arg('--iterations');
  return PLANS.filter((p) => !sizes || sizes.includes(p.lines)).map((p) => ({
    ...p,
    iterations: iterations ? Number(iterations) : p.iterations,
  }));
}

const RESULTS = join(ROOT, 'bench', 'RESULTS.md');

/** Rewrites bench/RESULTS.md, one section replaced (the runs that measure one part alone). */
function rewriteResults(replace: (md: string) => string): void {
  writeFileSync(RESULTS, replace(readFileSync(RESULTS, 'utf8')));
}

function printLines(lines: readonly string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadBefore = loadavg();
  const t0 = performance.now();
  mkdirSync(OUT_DIR, { recursive: true });
  const chosen = plans();
  const servers = [ourServer(), yamlLanguageServer()];
  if (!servers[0]) log('dist/server.js is missing: measuring yaml-language-server alone');

  const generated = chosen.map((p) => ({ plan: p, g: generateStrategy({ lines: p.lines }) }));
  const files = generated.map(({ g }) => {
    const path = join(OUT_DIR, `bench-${g.lines}.strategy.yaml`);
    writeFileSync(path, g.text);
    return path;
  });

  const lsp: SizeFigures[] = [];
  for (const { plan, g } of generated) lsp.push(await measureServers(plan, g, servers, log));

  const core: CoreFigures[] = [];
  for (const { plan, g } of generated) {
    core.push(measureCore(g, plan.coreRuns, g.lines >= 50_000 ? 1 : 2));
    log(`core ${g.lines} lines: floor and analyze() measured`);
  }

  const cli: CliFigure[] = [];
  const samples = sampleFiles();
  cli.push(
    timeCheck(`samples/ (${samples} files)`, [join(ROOT, 'samples')], 3, (r) =>
      r.length === samples ? undefined : `expected ${samples} files, got ${r.length}`,
    ),
  );
  generated.forEach(({ plan, g }, i) =>
    cli.push(timeCheck(`generated, ${g.lines.toLocaleString('en')} lines`, [files[i]], plan.cliRuns, expectPlanted(g))),
  );
  cli.push(timeTooLarge(3));
  log('command line measured');

  const render = generated.filter(({ g }) => g.lines <= 10_000).map(({ g }) => timeRender(g, g.lines <= 1000 ? 20 : 5));
  const previewFiles = generated.filter(({ plan }) => plan.lines <= 10_000).map(({ g }) => g);
  const preview = servers[0] ? await measurePreviews(servers[0], previewFiles) : [];
  const figures: RunFigures = {
    startedAt,
    loadBefore,
    seconds: (performance.now() - t0) / 1000,
    commit: commit(),
    iterations: chosen
      .map(
        (p) =>
          `${p.lines.toLocaleString('en')} lines: ${p.iterations} sessions per server (${p.editPairs * 2} edits, ${p.requests} completions, ${p.requests} hovers each)`,
      )
      .join('; '),
    lsp,
    core,
    cli,
    render,
    vsix: vsixSize(),
    npmPack: npmPackSize(),
  };
  const diff = measureDiff();
  log('strategy diff measured');
  const workspace = await measureWorkspace(log);
  const cold = await measureCold(servers, { checkRuns: 15, openRuns: 3, sizes: coldSizes() }, log);
  const parts = await measurePartsEdit();
  log(`parts edit measured: ${parts.ratio.toFixed(2)}x the one-file keystroke`);
  figures.seconds = (performance.now() - t0) / 1000; // the whole run, every section included
  const md = withParts(
    withCold(
      withWorkspace(withDiff(withPreview(renderResults(figures), preview), diff), workspace),
      coldSection(cold, loadavg()),
    ),
    partsSection(parts, loadavg()),
  );
  writeFileSync(RESULTS, md);
  process.stdout.write(md);
  log(`wrote bench/RESULTS.md in ${Math.round(figures.seconds)} s`);
}

const QUICK = process.argv.includes('--quick');
const coldSizes = () => arg('--sizes')?.split(',').map(Number);

/** --cold-only: measures the cold section alone and replaces it in bench/RESULTS.md (--quick: prints the ratios only). */
async function coldOnly(): Promise<void> {
  const servers = [ourServer(), yamlLanguageServer()];
  const cold = await measureCold(
    servers,
    { checkRuns: QUICK ? 7 : 15, openRuns: QUICK ? 1 : 3, sizes: coldSizes() },
    log,
  );
  if (QUICK) return printLines(targetLines({ cold }, { only: ['cold'] }));
  const section = coldSection(cold, loadavg());
  rewriteResults((md) => withCold(md, section));
  process.stdout.write(section);
}

/** RESULTS.md with the parts-edit section in place of its old one (else before "## Targets"). */
function withParts(md: string, section: string): string {
  return withSection(md, PARTS_HEADING, section, '## Targets');
}

/** --parts-only: an edit in one part of a 7-file strategy alone, its section of RESULTS.md replaced (--quick: fewer runs, the ratio only). */
async function partsOnly(): Promise<void> {
  const parts = QUICK ? await measurePartsEdit(10_000, 7, 2) : await measurePartsEdit();
  if (QUICK) return printLines(targetLines({ parts }, { only: ['parts'] }));
  const section = partsSection(parts, loadavg());
  rewriteResults((md) => withParts(md, section));
  process.stdout.write(section);
}

const PREVIEW_KEYSTROKES = 20;
const PREVIEW_HEADING = '## Preview: keystroke -> preview updated';

/** Keystroke -> preview updated on each generated file. */
async function measurePreviews(server: BenchServer, files: GeneratedStrategy[]): Promise<PreviewFigure[]> {
  const out: PreviewFigure[] = [];
  for (const g of files) {
    out.push(await measurePreview(server, g, PREVIEW_KEYSTROKES, 120_000));
    log(`preview ${g.lines} lines: ${out[out.length - 1].failure ?? 'measured'}`);
  }
  return out;
}

/** RESULTS.md with the preview section in place of its old one (else before "## Package"). */
function withPreview(md: string, preview: PreviewFigure[]): string {
  return preview.length ? withSection(md, PREVIEW_HEADING, previewSection(preview), '## Package') : md;
}

/** --preview-only: measures the preview alone and replaces its section of bench/RESULTS.md. */
async function previewOnly(): Promise<void> {
  const server = ourServer();
  if (!server) throw new Error('dist/server.js is missing: run npm run build');
  const files = (arg('--sizes')?.split(',').map(Number) ?? [1000, 10_000]).map((lines) => generateStrategy({ lines }));
  const preview = await measurePreviews(server, files);
  rewriteResults((md) => withPreview(md, preview));
  process.stdout.write(previewSection(preview));
}

function commit(): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

/** --workspace-only: measures the workspace of 200 strategies alone and replaces its section of bench/RESULTS.md. */
async function workspaceOnly(): Promise<void> {
  const figure = await measureWorkspace(log);
  rewriteResults((md) => withWorkspace(md, figure));
  log('wrote the workspace section of bench/RESULTS.md');
}

/** --diff-only: measures strategy diff alone and replaces its section of bench/RESULTS.md. */
function diffOnly(): Promise<void> {
  const figure = measureDiff();
  rewriteResults((md) => withDiff(md, figure));
  process.stdout.write(diffSection(figure));
  return Promise.resolve();
}

// Every mode measures dist/ (servers, the command line): built from the sources first, whatever the mode.
execSync('node esbuild.js', { cwd: ROOT, stdio: 'inherit' });
(process.argv.includes('--preview-only')
  ? previewOnly()
  : process.argv.includes('--diff-only')
    ? diffOnly()
    : process.argv.includes('--workspace-only')
      ? workspaceOnly()
      : process.argv.includes('--cold-only')
        ? coldOnly()
        : process.argv.includes('--parts-only')
          ? partsOnly()
          : QUICK
            ? quickRun(log)
            : main()
).catch((e) => {
  console.error(e);
  process.exit(1);
});
