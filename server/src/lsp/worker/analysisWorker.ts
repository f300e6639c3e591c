/**
 * The worker side: keeps the latest analysis of each document it is sent, and runs the features the
 * server asks for on it (diagnostics, completion, hover...).
 */
import type { MessagePort } from 'node:worker_threads';
import type { Analysis } from '../../core';
import { IncrementalAnalyzer } from '../../core/incremental/analyzer';
import { describe } from '../documentCache';
import { runFeature } from './features';
import type { FromWorker, RuleFailure, ToWorker } from './protocol';

interface DocumentState {
  analyzer: IncrementalAnalyzer;
  version?: number;
  optionsKey?: string;
  text?: string;
  analysis?: Analysis;
}

export function runAnalysisWorker(port: MessagePort): void {
  const documents = new Map<string, DocumentState>();
  port.on('message', (message: ToWorker) => {
    if (message.kind === 'forget') {
      documents.delete(message.uri);
      return;
    }
    let state = documents.get(message.uri);
    if (!state) documents.set(message.uri, (state = { analyzer: new IncrementalAnalyzer() }));
    const ruleFailures: RuleFailure[] = [];
    let reply: FromWorker;
    try {
      const optionsKey = JSON.stringify(message.options);
      const text = message.text ?? (state.version === message.version ? state.text : undefined);
      if (text === undefined) {
        reply = { kind: 'failed', id: message.id, error: `version ${message.version} of ${message.uri} was never sent`, stale: true };
      } else {
        if (!state.analysis || state.text !== text || state.optionsKey !== optionsKey) {
          state.analysis = state.analyzer.analyze(text, message.uri, message.options, {
            onRuleError: (code, error) => ruleFailures.push({ code, error: describe(error) }),
          });
          Object.assign(state, { text, version: message.version, optionsKey });
        }
        reply = { kind: 'done', id: message.id, result: runFeature(state.analysis, message.feature, message.args as never), ruleFailures };
      }
    } catch (error) {
      documents.delete(message.uri);
      reply = { kind: 'failed', id: message.id, error: describe(error) };
    }
    port.postMessage(reply);
  });
}
