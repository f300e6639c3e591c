// Test helpers over the pure core: analyze text, list diagnostics as "line:col severity code" rows.
import { analyze, type AnalyzeOptions } from '../../server/src/core';
import { toDiagnostics, type Diagnostic } from '../../server/src/cli/diagnostics';

export const TODAY = '2026-11-25';

export function diagnose(text: string, options: AnalyzeOptions = {}): Diagnostic[] {
  return toDiagnostics(analyze(text, 'test.strategy.yaml', { today: TODAY, ...options }));
}

/** Compact rows, 1-based like the CLI's text output: "12:16 error unknown-role". */
export function rows(text: string, options: AnalyzeOptions = {}): string[] {
  return diagnose(text, options).map(
    (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code}`,
  );
}

export function codes(text: string, options: AnalyzeOptions = {}): string[] {
  return diagnose(text, options).map((d) => d.code);
}

/** A strategy with all six conversations and nothing to report; pieces are swapped in per test. */
export function validStrategy(extra: Partial<Record<string, string>> = {}): string {
  const conv = (id: string, owner: string, participants: string, body = '') =>
    extra[id] ?? `  ${id}:\n    owner: ${owner}\n    participants: [${participants}]${body}`;
  return (
    [
      'strategy: Test strategy',
      'organization: Test Co',
      'sponsor: cio',
      extra.review ?? 'review: { cadence: annual, last: 2026-06-01 }',
      extra.roles ?? '',
      'conversations:',
      conv('social-media', 'cmo', 'pr-lead, sales-lead, cio'),
      conv('social-networking', 'chro', 'sales-lead, coo, cio'),
      conv('social-support', 'support-lead', 'cio'),
      conv('social-innovation', 'rnd-lead', 'cio'),
      conv('social-technologies', 'cio', 'it-leadership'),
      conv('social-liability', 'general-counsel', 'cso, chief-regulatory-officer, cio'),
    ]
      .filter((l) => l !== '')
      .join('\n')
      .replace(/\n+$/, '') + '\n'
  );
}
