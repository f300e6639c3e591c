/** `strategy check [PATH ...]` */
import { closest } from '../core/model/closest';
import { isRuleCode, RULE_CODES } from '../core/ruleDocs';
import { analysisOptions, DEFAULT_SETTINGS, isSeverityOverride, type StrategySettings } from '../core/settings';
import { SEVERITY_OVERRIDES } from '../core/types';
import { countSeverities, describeCounts, plural } from '../core/problemCounts';
import { parseArgs, UsageError } from './args';
import { findStrategyFiles } from './files';
import { formatJson, formatSarif, formatText, type FileResult } from './formats';
import { parseToday, type Io } from './io';
import { checkStrategies } from './strategies';

export function runCheck(argv: readonly string[], io: Io, version: string): number {
  const { positional, options } = parseArgs(argv, {
    format: { type: 'string', short: 'f' },
    today: { type: 'string' },
    rule: { type: 'string', multiple: true },
    'max-warnings': { type: 'string' },
    'max-file-size': { type: 'string' },
  });
  const format = (options.format as string | undefined) ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format))
    throw new UsageError(`unknown format "${format}" (use text, json or sarif)`);
  // The flags are settings, read into analysis options as the editor's settings are.
  const today = parseToday(options.today);
  const settings: StrategySettings = { ...DEFAULT_SETTINGS, rules: parseRules(options.rule as string[] | undefined) };
  const maxWarnings =
    options['max-warnings'] === undefined ? undefined : nonNegativeInt(options['max-warnings'], '--max-warnings');
  if (options['max-file-size'] !== undefined)
    settings.maxFileSize = nonNegativeInt(options['max-file-size'], '--max-file-size');
  const analyzeOptions = analysisOptions(settings, today);

  const paths = positional.length ? positional : ['.'];
  const found = findStrategyFiles(paths);
  let readFailed = found.unreadable.length > 0;
  for (const u of found.unreadable) io.stderr(`strategy: cannot read ${u.path}: ${u.reason}\n`);
  const failed = (file: string, code: string, error: unknown) => {
    io.stderr(
      `strategy: rule ${code} failed on ${file} and was skipped: ${(error as Error)?.message ?? String(error)}\n`,
    );
    readFailed = true; // a check that could not run every rule is not a pass
  };
  // Given files first (in the order given), so that a file reached twice is named as it was given.
  const given = paths.filter((p) => found.files.includes(p));
  const checked = checkStrategies([...given, ...found.files], io, analyzeOptions, failed, {
    create: io.poolWorker,
    threads: io.threads,
  });
  for (const u of checked.unreadable) io.stderr(`strategy: cannot read ${u.file}: ${u.reason}\n`);
  if (checked.unreadable.length) readFailed = true;
  const results: FileResult[] = checked.results;
  if (found.files.length === 0 && !readFailed) {
    io.stderr(`strategy: no *.strategy.yaml or *.strategy.yml files found in ${paths.join(', ')}\n`);
  }
  io.stdout(
    format === 'json' ? formatJson(results) : format === 'sarif' ? formatSarif(results, version) : formatText(results),
  );

  const counts = countSeverities(results.flatMap((r) => r.diagnostics.map((d) => d.severity)));
  if (format === 'text') io.stderr(`${describeCounts(counts)} in ${plural(results.length, 'file')}\n`);
  if (checked.notGiven.length) io.stderr(notGivenLine(checked.notGiven));
  if (readFailed) return 2;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) {
    io.stderr(`${plural(counts.warnings, 'warning')}, more than --max-warnings ${maxWarnings} allows\n`);
  }
  if (counts.errors > 0 || (maxWarnings !== undefined && counts.warnings > maxWarnings)) return 1;
  return 0;
}

/** The problems of other files of the strategies reached: `2 errors in social.strategy.yaml, not given`. */
function notGivenLine(files: readonly FileResult[]): string {
  const c = countSeverities(files.flatMap((f) => f.diagnostics.map((d) => d.severity)));
  const parts = [plural(c.errors, 'error'), plural(c.warnings, 'warning'), plural(c.notes, 'note')].filter(
    (p) => !p.startsWith('0 '),
  );
  return `${parts.join(', ')} in ${files.map((f) => f.file).join(', ')}, not given\n`;
}

function parseRules(values: string[] | undefined): StrategySettings['rules'] {
  const rules: StrategySettings['rules'] = {};
  for (const v of values ?? []) {
    const m = /^([a-z-]+)=([a-z]+)$/.exec(v);
    if (!m) throw new UsageError(`--rule takes CODE=SEVERITY, got "${v}"`);
    if (!isRuleCode(m[1])) {
      const near = closest(m[1], RULE_CODES);
      throw new UsageError(
        `unknown rule code "${m[1]}"${near ? `; did you mean ${near}?` : ` (codes: ${RULE_CODES.join(', ')})`}`,
      );
    }
    if (!isSeverityOverride(m[2]))
      throw new UsageError(`unknown severity "${m[2]}" (use ${SEVERITY_OVERRIDES.join(', ')})`);
    rules[m[1]] = m[2];
  }
  return rules;
}

function nonNegativeInt(v: unknown, name: string): number {
  if (typeof v !== 'string' || !/^\d+$/.test(v))
    throw new UsageError(`${name} takes a whole number, got "${String(v)}"`);
  return Number(v);
}
