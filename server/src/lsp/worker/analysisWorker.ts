/**
 * The worker side: keeps the latest analysis of each document it is sent (in the same AnalysisCache
 * the server uses, with the core's IncrementalAnalyzer per document), and runs the features the server
 * asks for on it (diagnostics, completion, hover...).
 */
import type { MessagePort } from 'node:worker_threads';
import { IncrementalAnalyzer } from '../../core/incremental/analyzer';
import { AnalysisCache, describe } from '../documentCache';
import { runFeature } from './features';
import type { FromWorker, RuleFailure, ToWorker } from './protocol';

export function runAnalysisWorker(port: MessagePort): void {
  /** The rules that threw during the current job, sent back with its answer. */
  let ruleFailures: RuleFailure[] = [];
  const cache = new AnalysisCache({
    createAnalyzer: () => new IncrementalAnalyzer(),
    today: () => undefined, // the options the server sends carry its day
    log: () => {},
    ruleFailures: { report: (code, _uri, error) => ruleFailures.push({ code, error }) },
  });
  port.on('message', (message: ToWorker) => {
    if (message.kind === 'forget') {
      cache.delete(message.uri);
      return;
    }
    ruleFailures = [];
    let reply: FromWorker;
    try {
      const known = cache.latest(message.uri);
      const text = message.text ?? (known?.version === message.version ? known.analysis.text : undefined);
      if (text === undefined) {
        reply = {
          kind: 'failed',
          id: message.id,
          error: `version ${message.version} of ${message.uri} was never sent`,
          stale: true,
        };
      } else {
        const before = cache.count;
        const { analysis } = cache.get(
          { uri: message.uri, version: message.version, getText: () => text },
          message.options,
        );
        reply = {
          kind: 'done',
          id: message.id,
          result: runFeature(analysis, message.feature, message.args as never),
          ruleFailures,
          analysed: cache.count !== before,
        };
      }
    } catch (error) {
      cache.delete(message.uri);
      reply = { kind: 'failed', id: message.id, error: describe(error) };
    }
    port.postMessage(reply);
  });
}
