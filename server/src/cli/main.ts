/**
 * The `strategy` command line. The same file, started as a worker thread with pool data, analyses
 * files for it (`strategy check` of many files; STRATEGY_THREADS=1 keeps everything on one thread).
 */
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import { POOL_WORKER_LIMITS } from '../node/pool/filePool';
import { runFileWorker } from '../node/pool/fileWorker';
import { isPoolWorkerData } from '../node/pool/protocol';
import { runCli } from './run';
import './render';

if (!isMainThread && isPoolWorkerData(workerData)) runFileWorker(workerData);
else main();

function main(): void {
  // `strategy check | head` closes the pipe early: stop quietly, as other command-line tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

  const threads = Number(process.env.STRATEGY_THREADS || NaN);
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    poolWorker: (data, transferList) =>
      new Worker(__filename, { workerData: data, transferList, resourceLimits: POOL_WORKER_LIMITS }),
    threads: Number.isInteger(threads) && threads >= 1 ? threads : undefined,
  });
}
