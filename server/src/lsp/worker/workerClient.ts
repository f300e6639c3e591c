/**
 * The server's side of the analysis worker: one worker thread, started on first use, that checks
 * large documents so that the main thread keeps answering requests meanwhile. Jobs run one at a time;
 * a job still waiting when a newer version of the same document arrives is dropped (it resolves
 * undefined). When the worker cannot start or dies, the jobs it held fail with WorkerUnavailable and
 * the next job starts a new worker.
 */
import type { Worker } from 'node:worker_threads';
import type { AnalyzeOptions, Diagnostic } from '../../core';
import { describe } from '../documentCache';
import type { FromWorker, RuleFailure, ToWorker } from './protocol';

export class WorkerUnavailable extends Error {}

export interface WorkerResult {
  diagnostics: Diagnostic[];
  ruleFailures: RuleFailure[];
}

interface Job {
  id: number;
  uri: string;
  text: string;
  options: AnalyzeOptions;
  resolve: (result: WorkerResult | undefined) => void;
  reject: (error: Error) => void;
}

export interface AnalysisWorkerOptions {
  create: () => Worker;
  log: (message: string) => void;
}

export class AnalysisWorkerClient {
  private worker?: Worker;
  private running?: Job;
  /** The latest job per document, waiting for the worker. */
  private readonly waiting = new Map<string, Job>();
  private nextId = 1;
  private disposed = false;

  constructor(private readonly options: AnalysisWorkerOptions) {}

  /** The document's diagnostics, or undefined when a newer version replaced this one before it ran. */
  diagnose(uri: string, text: string, options: AnalyzeOptions): Promise<WorkerResult | undefined> {
    if (this.disposed) return Promise.reject(new WorkerUnavailable('the server is shutting down'));
    return new Promise((resolve, reject) => {
      this.waiting.get(uri)?.resolve(undefined);
      this.waiting.set(uri, { id: this.nextId++, uri, text, options, resolve, reject });
      this.startNext();
    });
  }

  /** The document was closed: drop its waiting job and the worker's analyzer for it. */
  forget(uri: string): void {
    this.waiting.get(uri)?.resolve(undefined);
    this.waiting.delete(uri);
    this.post({ kind: 'forget', uri });
  }

  dispose(): void {
    this.disposed = true;
    const error = new WorkerUnavailable('the server is shutting down');
    for (const job of this.waiting.values()) job.reject(error);
    this.waiting.clear();
    this.running?.reject(error);
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private startNext(): void {
    if (this.running || this.disposed) return;
    const job = this.waiting.values().next().value;
    if (!job) return;
    this.waiting.delete(job.uri);
    this.running = job;
    try {
      const worker = this.ensureWorker();
      worker.ref(); // a job is running: its answer keeps the process alive
      worker.postMessage({ kind: 'diagnose', id: job.id, uri: job.uri, text: job.text, options: job.options } satisfies ToWorker);
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
    return worker;
  }

  private post(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  private settle(message: FromWorker): void {
    const job = this.running;
    if (!job || job.id !== message.id) return;
    this.running = undefined;
    if (message.kind === 'diagnosed') job.resolve({ diagnostics: message.diagnostics, ruleFailures: message.ruleFailures });
    else job.reject(new Error(message.error));
    this.worker?.unref(); // idle: the connection, not the worker, keeps the server alive
    this.startNext();
  }

  private lost(worker: Worker, what: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
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
