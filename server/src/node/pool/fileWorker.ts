/** The worker side of a FilePool: analyses each file it is sent, on its own, and answers its plain analysis. */
import { analyseFile, plain } from '../../core/compose';
import type { FileJob, FromPoolWorker, PoolWorkerData } from './protocol';

export function runFileWorker(data: PoolWorkerData): void {
  const signal = new Int32Array(data.signal);
  const send = (m: FromPoolWorker) => {
    data.port.postMessage(m);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  send({ ready: true });
  data.port.on('message', (job: FileJob) => {
    let answer: FromPoolWorker;
    try {
      answer = { id: job.id, analysis: plain(analyseFile(job.text, job.file, job.options, { stamp: false })) };
    } catch (error) {
      answer = { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    send(answer);
  });
}
