/**
 * Whole files analysed on worker threads, shared by `strategy check` (which waits synchronously) and
 * the language server's workspace index (which awaits). Each worker analyses one file at a time with
 * the core's `analyseFile`; the caller puts the answers into its composer's cache and composes on its
 * own thread, so the results are those of one thread (test/unit/pool-property.test.ts). The largest
 * files go first, each worker holds at most two jobs, and a file whose job failed (or whose worker
 * died) comes back as an error: the caller then analyses it itself.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import type { FileAnalysedElsewhere, FileThreads, FileToAnalyse } from '../../core/compose';
import type { FileJob, FromPoolWorker, PoolWorkerData } from './protocol';

/** Starts one worker running `runFileWorker` with this data (dist/*.js itself, flagged by `data`). */
export type CreatePoolWorker = (data: PoolWorkerData, transferList: MessagePort[]) => Worker;

/**
 * A synchronous wait cannot see a worker die: one that has not said it is ready after READY_MS is
 * given up (its jobs go to the others), and the wait gives up when no answer came for STALL_MS.
 */
const READY_MS = 15_000;
const STALL_MS = 120_000;
/** Jobs a worker holds at once: enough that it does not wait while the receiving thread copies answers in. */
const IN_FLIGHT = 8;

interface Thread {
  worker: Worker;
  port: MessagePort;
  jobs: Set<number>;
  ready?: boolean;
  dead?: string;
}

export class FilePool implements FileThreads {
  private readonly signal = new SharedArrayBuffer(4);
  private threads: Thread[] = [];

  constructor(
    private readonly create: CreatePoolWorker,
    readonly size: number,
  ) {}

  /** Analyses the files, blocking this thread until every answer is in (the command line). */
  analyseSync(files: readonly FileToAnalyse[]): FileAnalysedElsewhere[] {
    const run = new Run(files, this.start());
    const counter = new Int32Array(this.signal);
    const started = Date.now();
    let last = started;
    for (const t of this.threads) run.feed(t);
    while (!run.finished) {
      const seen = Atomics.load(counter, 0);
      let got = false;
      for (const t of this.threads) {
        for (let m = receiveMessageOnPort(t.port); m; m = receiveMessageOnPort(t.port)) {
          got = true;
          const message = m.message as FromPoolWorker;
          if ('ready' in message) t.ready = true;
          else run.settle(t, message);
        }
      }
      const now = Date.now();
      if (got) last = now;
      else if (now - last > STALL_MS) run.abandon('no answer from the worker threads');
      else if (now - started > READY_MS && this.threads.some((t) => !t.ready && !t.dead)) {
        for (const t of this.threads.filter((x) => !x.ready && !x.dead)) {
          t.dead = 'did not start';
          void t.worker.terminate();
          run.lose(t);
        }
      } else Atomics.wait(counter, 0, seen, 1000);
    }
    return run.results;
  }

  /** Analyses the files on the worker threads while this thread goes on (the language server). */
  analyse(files: readonly FileToAnalyse[]): Promise<FileAnalysedElsewhere[]> {
    return new Promise((resolve) => {
      const run = new Run(files, this.start());
      const done = () => {
        if (!run.finished) return false;
        for (const t of this.threads) t.port.removeAllListeners('message');
        resolve(run.results);
        return true;
      };
      if (done()) return;
      for (const t of this.threads) {
        t.port.on('message', (m: FromPoolWorker) => {
          if ('ready' in m) t.ready = true;
          else run.settle(t, m);
          done();
        });
        const lost = (why: string) => {
          t.dead ??= why;
          run.lose(t);
          done();
        };
        t.worker.once('error', (e) => lost(`the worker failed: ${e.message}`));
        t.worker.once('exit', (code) => lost(`the worker exited with code ${code}`));
        run.feed(t);
      }
    });
  }

  /** Stops the workers (their memory is given back); the next call starts new ones. */
  close(): void {
    for (const t of this.threads.splice(0)) {
      t.port.close();
      void t.worker.terminate();
    }
  }

  private start(): Thread[] {
    this.threads = this.threads.filter((t) => !t.dead);
    while (this.threads.length < this.size) {
      const { port1, port2 } = new MessageChannel();
      const worker = this.create({ strategyFilePool: true, port: port2, signal: this.signal }, [port2]);
      worker.unref();
      port1.unref();
      const t: Thread = { worker, port: port1, jobs: new Set() };
      worker.once('exit', () => (t.dead ??= 'exited'));
      this.threads.push(t);
    }
    return this.threads;
  }
}

/** One batch: the jobs, largest first, fed to the threads as they answer. */
class Run {
  readonly results: FileAnalysedElsewhere[];
  private readonly order: number[];
  private next = 0;
  private left: number;

  constructor(
    private readonly files: readonly FileToAnalyse[],
    private readonly threads: Thread[],
  ) {
    this.results = new Array<FileAnalysedElsewhere>(files.length);
    this.order = files.map((_, i) => i).sort((a, b) => files[b].text.length - files[a].text.length);
    this.left = files.length;
  }

  get finished(): boolean {
    return this.left === 0;
  }

  feed(t: Thread): void {
    while (!t.dead && t.jobs.size < IN_FLIGHT && this.next < this.order.length) {
      const id = this.order[this.next++];
      const f = this.files[id];
      t.jobs.add(id);
      t.port.postMessage({ id, file: f.file, text: f.text, options: f.options } satisfies FileJob);
    }
    if (this.threads.every((x) => x.dead)) this.abandon('no worker thread is running');
  }

  settle(t: Thread, m: Exclude<FromPoolWorker, { ready: true }>): void {
    if (!t.jobs.delete(m.id) || this.results[m.id]) return;
    const file = this.files[m.id].file;
    this.results[m.id] = 'error' in m ? { file, error: m.error } : { file, analysis: m.analysis };
    this.left--;
    this.feed(t);
  }

  /** A thread died: its jobs go to the others (or, with none left, come back as errors). */
  lose(t: Thread): void {
    const jobs = [...t.jobs];
    t.jobs.clear();
    this.order.splice(this.next, 0, ...jobs);
    for (const other of this.threads) this.feed(other);
  }

  abandon(why: string): void {
    for (let i = 0; i < this.files.length; i++) {
      if (this.results[i]) continue;
      this.results[i] = { file: this.files[i].file, error: why };
      this.left--;
    }
    for (const t of this.threads) t.jobs.clear();
  }
}

/** How many threads this machine runs at once (os.availableParallelism). */
export function poolSize(): number {
  return availableParallelism();
}

/**
 * The pool workers' resource limits (each caller starts its own bundle, `new Worker(__filename, ...)`).
 * A worker keeps nothing between files, so a larger young generation than the default only saves it
 * scavenges.
 */
export const POOL_WORKER_LIMITS = { maxYoungGenerationSizeMb: 48 };
