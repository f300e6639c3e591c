/** `strategy check [PATH ...]` */
import * as fs from 'fs';
import { analyze } from '../core';
import { isRuleCode, RULE_CODES } from '../core/ruleDocs';
import { analysisOptions, DEFAULT_SETTINGS, isSeverityOverride, type StrategySettings } from '../core/settings';
import { SEVERITY_OVERRIDES } from '../core/types';
import { toDiagnostics } from './diagnostics';
import { countSeverities, describeCounts, plural } from '../core/problemCounts';
import { parseArgs, UsageError } from './args';
import { findStrategyFiles, reason } from './files';
import { formatJson, formatSarif, formatText, type FileResult } from './formats';
import { parseToday, type Io } from './io';

export function runCheck(argv: readonly string[], io: Io, version: string): number {
  const { positional, options } = parseArgs(argv, {
    format: { type: 'string', short: 'f' },
    today: { type: 'string' },
    rule: { type: 'string', multiple: true },
    'max-warnings': { type: 'string' },
    'max-file-size': { type: 'string' },
  });
  const format = (options.format as string | undefined) ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown format "${format}" (use text, json or sarif)`);
  // The flags are settings, read into analysis options as the editor's settings are.
  const today = parseToday(options.today);
  const settings: StrategySettings = { ...DEFAULT_SETTINGS, rules: parseRules(options.rule as string[] | undefined) };
  const maxWarnings = options['max-warnings'] === undefined ? undefined : nonNegativeInt(options['max-warnings'], '--max-warnings');
  if (options['max-file-size'] !== undefined) settings.maxFileSize = nonNegativeInt(options['max-file-size'], '--max-file-size');
  const analyzeOptions = analysisOptions(settings, today);

  const paths = positional.length ? positional : ['.'];
  const found = findStrategyFiles(paths);
  let readFailed = found.unreadable.length > 0;
  for (const u of found.unreadable) io.stderr(`strategy: cannot read ${u.path}: ${u.reason}\n`);
  const results: FileResult[] = [];
  for (const file of found.files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      io.stderr(`strategy: cannot read ${file}: ${reason(e)}\n`);
      readFailed = true;
      continue;
    }
    const failed = (code: string, error: unknown) => {
      io.stderr(`strategy: rule ${code} failed on ${file} and was skipped: ${(error as Error)?.message ?? String(error)}\n`);
      readFailed = true; // a check that could not run every rule is not a pass
    };
    results.push({ file, diagnostics: toDiagnostics(analyze(text, file, analyzeOptions, { onRuleError: failed })) });
  }
  if (found.files.length === 0 && !readFailed) {
    io.stderr(`strategy: no *.strategy.yaml or *.strategy.yml files found in ${paths.join(', ')}\n`);
  }
  io.stdout(format === 'json' ? formatJson(results) : format === 'sarif' ? formatSarif(results, version) : formatText(results));

  const counts = countSeverities(results.flatMap((r) => r.diagnostics.map((d) => d.severity)));
  if (format === 'text') io.stderr(`${describeCounts(counts)} in ${plural(results.length, 'file')}\n`);
  if (readFailed) return 2;
  if (counts.errors > 0 || (maxWarnings !== undefined && counts.warnings > maxWarnings)) return 1;
  return 0;
}

function parseRules(values: string[] | undefined): StrategySettings['rules'] {
  const rules: StrategySettings['rules'] = {};
  for (const v of values ?? []) {
    const m = /^([a-z-]+)=([a-z]+)$/.exec(v);
    if (!m) throw new UsageError(`--rule takes CODE=SEVERITY, got "${v}"`);
    if (!isRuleCode(m[1])) throw new UsageError(`unknown rule code "${m[1]}" (codes: ${RULE_CODES.join(', ')})`);
    if (!isSeverityOverride(m[2])) throw new UsageError(`unknown severity "${m[2]}" (use ${SEVERITY_OVERRIDES.join(', ')})`);
    rules[m[1] as keyof typeof rules] = m[2];
  }
  return rules;
}

function nonNegativeInt(v: unknown, name: string): number {
  if (typeof v !== 'string' || !/^\d+$/.test(v)) throw new UsageError(`${name} takes a whole number, got "${String(v)}"`);
  return Number(v);
}
