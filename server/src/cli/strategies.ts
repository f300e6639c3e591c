/**
 * `strategy check` over whole strategies: each file given or found is checked within its strategy
 * (its root and the root's other parts are read whether given or not), each file read and analysed
 * once, and its entry holds the diagnostics located in it.
 */
import * as path from 'path';
import type { AnalyzeOptions } from '../core';
import { jobsFor, putAnalysed, StrategyComposer, worthThreads, type ComposedStrategy } from '../core/compose';
import { FilePool, poolSize, type CreatePoolWorker } from '../node/pool/filePool';
import { strategyDiagnostics, type Diagnostic } from './diagnostics';
import type { FileResult } from './formats';
import { nodeHost, toCorePath } from './host';
import type { Io } from './io';

export interface CheckedFiles {
  results: FileResult[];
  /** Problems in files of the strategies reached that were neither given nor found, by name. */
  notGiven: { file: string; diagnostics: Diagnostic[] }[];
  /** Files given or found that could not be read (named on standard error; no entry). */
  unreadable: { file: string; reason: string }[];
}

/** How the files are spread over threads: `threads` 1 (or no `create`) checks them all on this one. */
export interface Threads {
  create?: CreatePoolWorker;
  threads?: number;
  /** Use the threads whatever the amount of work (tests); default: only when it pays (`worthThreads`). */
  always?: boolean;
}

/** `files`: spellings as given or found, given ones first; the output is sorted by spelling. */
export function checkStrategies(
  files: readonly string[],
  io: Io,
  options: AnalyzeOptions,
  onRuleError: (file: string, code: string, error: unknown) => void,
  threads: Threads = {},
): CheckedFiles {
  const host = nodeHost();
  let current = '';
  // Nothing after the check asks for a file's tree: keep models and problems only.
  const composer = new StrategyComposer(
    host,
    options,
    { onRuleError: (code, error) => onRuleError(current, code, error) },
    () => false,
  );
  const spelling = new Map<string, string>();
  const entries: { file: string; real: string }[] = [];
  for (const f of files) {
    const abs = toCorePath(f, io.cwd);
    const real = host.realpath(abs) ?? abs;
    if (spelling.has(real)) continue;
    spelling.set(real, f);
    entries.push({ file: f, real });
  }
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  analyseOnThreads(composer, host, entries, options, threads);
  const nameOf = (real: string) => spelling.get(real) ?? (path.relative(io.cwd, real).split(path.sep).join('/') || '.');
  const byMember = new Map<string, ComposedStrategy>();
  const reached: ComposedStrategy[] = [];
  const out: CheckedFiles = { results: [], notGiven: [], unreadable: [] };
  for (const e of entries) {
    let strategy = byMember.get(e.real);
    if (!strategy) {
      current = e.file;
      const r = composer.compose(e.real);
      if ('error' in r) {
        out.unreadable.push({ file: e.file, reason: r.error });
        continue;
      }
      strategy = r;
      reached.push(r);
      for (const member of r.files.keys()) if (!byMember.has(member)) byMember.set(member, r);
    }
    out.results.push({ file: e.file, diagnostics: named(strategyDiagnostics(strategy, e.real), nameOf) });
  }
  for (const s of reached) {
    for (const member of s.files.keys()) {
      if (spelling.has(member) || byMember.get(member) !== s) continue;
      const diagnostics = strategyDiagnostics(s, member);
      if (diagnostics.length) out.notGiven.push({ file: nameOf(member), diagnostics: named(diagnostics, nameOf) });
    }
  }
  out.notGiven.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return out;
}

/** Many files: their own analyses made on every core first, then composed here as with one thread. */
function analyseOnThreads(
  composer: StrategyComposer,
  host: ReturnType<typeof nodeHost>,
  entries: readonly { real: string }[],
  options: AnalyzeOptions,
  threads: Threads,
): void {
  const size = threads.threads ?? poolSize();
  if (!threads.create || size < 1 || (size < 2 && !threads.always)) return;
  const texts: { file: string; text: string }[] = [];
  for (const e of entries) {
    const r = host.readFile(e.real);
    if ('text' in r) texts.push({ file: e.real, text: r.text });
  }
  if (!threads.always && !worthThreads(texts, size)) return;
  const jobs = jobsFor(composer.cache, texts, options);
  const pool = new FilePool(threads.create, size);
  try {
    putAnalysed(composer.cache, jobs, pool.analyseSync(jobs));
  } finally {
    pool.close();
  }
}

/** Related locations named as output entries are (a file neither given nor found: relative to the current folder). */
function named(diagnostics: Diagnostic[], nameOf: (real: string) => string): Diagnostic[] {
  for (const d of diagnostics) if (d.related) d.related = d.related.map((r) => ({ ...r, file: nameOf(r.file) }));
  return diagnostics;
}
