/**
 * The server's side of the analysis worker: one worker thread, started on first use, that holds the
 * analysis of each large document and answers for it (diagnostics and every feature), so that the
 * main thread never parses a large document and keeps answering requests meanwhile. Jobs run one at a
 * time, in order; a diagnostics job still waiting when a newer one for the same document arrives is
 * dropped (it resolves undefined), and so is a job whose request no longer wants it (cancelled, or
 * its document changed). A document's text crosses to the worker once per version. When the
 * worker cannot start or dies, the jobs it held fail with WorkerUnavailable and the next job starts a
 * new worker.
 */
import type { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../../core';
import { describe } from '../documentCache';
import type { FeatureArgs, FeatureName, FeatureResult } from './features';
import type { FromWorker, RuleFailure, ToWorker } from './protocol';

export class WorkerUnavailable extends Error {
  constructor(
    message: string,
    readonly shuttingDown = false,
  ) {
    super(message);
  }
}

export interface WorkerAnswer<T> {
  result: T;
  /** Rules that threw while the worker analysed this version. */
  ruleFailures: RuleFailure[];
}

/** One version of a document as the worker is to see it. */
export interface WorkerDocument {
  uri: string;
  version: number;
  text: string;
  options: AnalyzeOptions;
  /** True once the job is no longer wanted (its request was cancelled or the document changed): it is then skipped. */
  dropped?: () => boolean;
}

interface Job {
  id: number;
  doc: WorkerDocument;
  feature: FeatureName;
  args: unknown[];
  resolve: (answer: WorkerAnswer<unknown> | undefined) => void;
  reject: (error: Error) => void;
  retried?: boolean;
}

export interface AnalysisWorkerOptions {
  create: () => Worker;
  log: (message: string) => void;
  /** Told of each version the worker analysed (STRATEGY_TRACE=analyses). */
  onAnalysed?: (uri: string, version: number) => void;
}

export class AnalysisWorkerClient {
  private worker?: Worker;
  private running?: Job;
  private readonly waiting: Job[] = [];
  /** The version of each document whose text the current worker has. */
  private readonly sent = new Map<string, number>();
  private nextId = 1;
  private disposed = false;

  constructor(private readonly options: AnalysisWorkerOptions) {}

  /** Runs a feature on the worker's analysis of this version; undefined when a newer diagnostics job replaced this one. */
  run<K extends FeatureName>(
    doc: WorkerDocument,
    feature: K,
    ...args: FeatureArgs<K>
  ): Promise<WorkerAnswer<FeatureResult<K>> | undefined> {
    if (this.disposed) return Promise.reject(new WorkerUnavailable('the server is shutting down', true));
    return new Promise((resolve, reject) => {
      if (feature === 'diagnostics') {
        const i = this.waiting.findIndex((j) => j.feature === 'diagnostics' && j.doc.uri === doc.uri);
        if (i >= 0) this.waiting.splice(i, 1)[0].resolve(undefined);
      }
      const job: Job = { id: this.nextId++, doc, feature, args, resolve: resolve as Job['resolve'], reject };
      this.waiting.push(job);
      this.startNext();
    });
  }

  /** The document was closed: drop its waiting diagnostics and the worker's analysis of it. */
  forget(uri: string): void {
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      if (this.waiting[i].doc.uri === uri && this.waiting[i].feature === 'diagnostics')
        this.waiting.splice(i, 1)[0].resolve(undefined);
    }
    this.sent.delete(uri);
    this.worker?.postMessage({ kind: 'forget', uri } satisfies ToWorker);
  }

  dispose(): void {
    this.disposed = true;
    const error = new WorkerUnavailable('the server is shutting down', true);
    for (const job of this.waiting.splice(0)) job.reject(error);
    this.running?.reject(error);
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private startNext(): void {
    if (this.running || this.disposed) return;
    let job = this.waiting.shift();
    while (job?.doc.dropped?.()) {
      job.resolve(undefined);
      job = this.waiting.shift();
    }
    if (!job) return;
    this.running = job;
    try {
      const worker = this.ensureWorker();
      const { uri, version, text, options } = job.doc;
      const known = this.sent.get(uri) === version;
      this.sent.set(uri, version);
      worker.ref(); // a job is running: its answer keeps the process alive
      worker.postMessage({
        kind: 'run',
        id: job.id,
        uri,
        version,
        text: known ? undefined : text,
        options,
        feature: job.feature,
        args: job.args,
      } satisfies ToWorker);
    } catch (error) {
      this.fail(new WorkerUnavailable(`the analysis worker could not start: ${describe(error)}`));
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.options.create();
    worker.on('message', (message: FromWorker) => this.settle(message));
    worker.on('error', (error) => this.lost(worker, `failed: ${describe(error)}`));
    worker.on('exit', (code) => this.lost(worker, `exited with code ${code}`));
    this.worker = worker;
    this.sent.clear();
    return worker;
  }

  private settle(message: FromWorker): void {
    const job = this.running;
    if (!job || job.id !== message.id) return;
    this.running = undefined;
    if (message.kind === 'done') {
      if (message.analysed) this.options.onAnalysed?.(job.doc.uri, job.doc.version);
      job.resolve({ result: message.result, ruleFailures: message.ruleFailures });
    } else {
      this.sent.delete(job.doc.uri); // the worker dropped (or never had) this document: send its text again
      if (message.stale && !job.retried) this.waiting.unshift({ ...job, retried: true });
      else job.reject(new Error(message.error));
    }
    this.worker?.unref(); // idle: the connection, not the worker, keeps the server alive
    this.startNext();
  }

  private lost(worker: Worker, what: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.sent.clear();
    this.options.log(`The analysis worker ${what}; the next large document starts a new one.`);
    this.fail(new WorkerUnavailable(`the analysis worker ${what}`));
  }

  private fail(error: WorkerUnavailable): void {
    const job = this.running;
    this.running = undefined;
    job?.reject(error);
    this.startNext();
  }
}
