/**
 * When a batch of files is worth the worker threads, and putting their analyses into a composer's
 * cache, so that composing afterwards (on the caller's thread) finds every file already analysed.
 */
import type { AnalyzeOptions } from '../../core';
import type { FileAnalyses } from '../../core/compose';
import { poolSize, type FileAnalysedElsewhere, type FileToAnalyse } from './filePool';

/**
 * The pool pays from about this many characters in all (measured in bench/RESULTS.md, "Both cores"):
 * below it, starting the threads and copying the answers back costs more than the second core saves.
 */
export const POOL_MIN_CHARS = 512 * 1024;

/** Whether these files are worth the worker threads: two files at least, enough text, two cores at least. */
export function worthThreads(texts: readonly { text: string }[], threads = poolSize()): boolean {
  if (threads < 2 || texts.length < 2) return false;
  let total = 0;
  for (const t of texts) total += t.text.length;
  return total >= POOL_MIN_CHARS;
}

/** The jobs for the files the cache does not hold with this text yet. */
export function jobsFor(
  cache: FileAnalyses,
  texts: readonly { file: string; text: string }[],
  options: AnalyzeOptions,
): FileToAnalyse[] {
  return texts.filter((t) => !cache.has(t.file, t.text)).map((t) => ({ ...t, options }));
}

/** Puts what the threads analysed into the cache; a failed file is left for the caller to analyse. */
export function putAnalysed(
  cache: FileAnalyses,
  jobs: readonly FileToAnalyse[],
  results: readonly FileAnalysedElsewhere[],
): void {
  results.forEach((r, i) => {
    if ('analysis' in r) cache.put(r.file, jobs[i].text, r.analysis);
  });
}
