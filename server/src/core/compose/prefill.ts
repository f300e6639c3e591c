/**
 * When a batch of files is worth the worker threads, and putting their analyses into a composer's
 * cache, so that composing afterwards (on the caller's thread) finds every file already analysed.
 */
import type { AnalyzeOptions } from '../types';
import type { FileAnalyses } from './fileCache';
import type { PlainAnalysis } from './slim';

/** One whole file for a worker thread: its text and the analysis options. */
export interface FileToAnalyse {
  file: string;
  text: string;
  options: AnalyzeOptions;
}

/** A file's own analysis made on another thread (plain, structured-cloneable), or why it was not. */
export type FileAnalysedElsewhere = { file: string; analysis: PlainAnalysis } | { file: string; error: string };

/** Threads that analyse whole files (server/src/node/pool/filePool.ts on Node). */
export interface FileThreads {
  readonly size: number;
  analyse(files: readonly FileToAnalyse[]): Promise<FileAnalysedElsewhere[]>;
  close(): void;
}

/**
 * The pool pays from about this many characters in all (measured in bench/RESULTS.md, "Both cores"):
 * below it, starting the threads and copying the answers back costs more than the second core saves.
 */
export const POOL_MIN_CHARS = 512 * 1024;

/** Whether these files are worth the worker threads: two files at least, enough text, two cores at least. */
export function worthThreads(texts: readonly { text: string }[], threads: number): boolean {
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
