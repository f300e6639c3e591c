/**
 * `node dist/server.js --stdio` (or `--node-ipc`, `--socket=N`): the transport comes from the
 * command line, everything else from startServer. The same file, started as a worker thread with
 * WORKER_DATA, is the analysis worker that checks large documents off the main thread
 * (STRATEGY_ANALYSIS_WORKER=off keeps every check on the main thread; STRATEGY_LARGE_DOCUMENT=N sends
 * documents of N characters or more to the worker, for tests; STRATEGY_TRACE=analyses logs each
 * analysis of a file and where it ran). Started with pool data, it is a pool
 * worker that analyses whole files when the workspace index has many (STRATEGY_THREADS=1: none).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeFiles } from './node/serverFiles';
import { ruleDocUri } from '../node/ruleDocs';
import { linkRuleDocs } from './convert';
import { startServer } from './server';
import { runAnalysisWorker } from './worker/analysisWorker';
import { isWorkerData, WORKER_DATA } from './worker/protocol';
import { FilePool, POOL_WORKER_LIMITS, poolSize } from '../node/pool/filePool';
import { runFileWorker } from '../node/pool/fileWorker';
import { isPoolWorkerData } from '../node/pool/protocol';

linkRuleDocs(ruleDocUri);
if (!isMainThread && parentPort && isWorkerData(workerData)) {
  runAnalysisWorker(parentPort);
} else if (!isMainThread && isPoolWorkerData(workerData)) {
  runFileWorker(workerData);
} else {
  const threads = Number(process.env.STRATEGY_THREADS || NaN);
  const size = Number.isInteger(threads) && threads >= 1 ? threads : poolSize();
  const useWorker = process.env.STRATEGY_ANALYSIS_WORKER !== 'off';
  const largeDocument = Number(process.env.STRATEGY_LARGE_DOCUMENT || NaN);
  startServer(createConnection(ProposedFeatures.all), {
    files: nodeFiles(),
    createWorker: useWorker ? () => new Worker(__filename, { workerData: WORKER_DATA }) : undefined,
    largeDocumentSize: Number.isInteger(largeDocument) && largeDocument >= 0 ? largeDocument : undefined,
    traceAnalyses: (process.env.STRATEGY_TRACE ?? '').split(',').includes('analyses'),
    pool:
      size >= 2
        ? new FilePool(
            (data, transferList) =>
              new Worker(__filename, { workerData: data, transferList, resourceLimits: POOL_WORKER_LIMITS }),
            size,
          )
        : undefined,
  });
}
