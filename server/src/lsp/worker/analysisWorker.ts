/** The worker side: analyses documents it is sent and answers with their diagnostics. */
import type { MessagePort } from 'node:worker_threads';
import { toDiagnostics } from '../../core';
import { IncrementalAnalyzer } from '../../core/incremental/analyzer';
import { describe } from '../documentCache';
import type { FromWorker, RuleFailure, ToWorker } from './protocol';

export function runAnalysisWorker(port: MessagePort): void {
  const analyzers = new Map<string, IncrementalAnalyzer>();
  port.on('message', (message: ToWorker) => {
    if (message.kind === 'forget') {
      analyzers.delete(message.uri);
      return;
    }
    let analyzer = analyzers.get(message.uri);
    if (!analyzer) analyzers.set(message.uri, (analyzer = new IncrementalAnalyzer()));
    const ruleFailures: RuleFailure[] = [];
    let reply: FromWorker;
    try {
      const analysis = analyzer.analyze(message.text, message.uri, message.options, {
        onRuleError: (code, error) => ruleFailures.push({ code, error: describe(error) }),
      });
      reply = { kind: 'diagnosed', id: message.id, diagnostics: toDiagnostics(analysis), ruleFailures };
    } catch (error) {
      analyzers.delete(message.uri);
      reply = { kind: 'failed', id: message.id, error: describe(error) };
    }
    port.postMessage(reply);
  });
}
