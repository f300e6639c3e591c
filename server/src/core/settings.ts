/**
 * The one settings reader: a settings object (what an editor sends for the `strategy` section, or what
 * the command line's flags say) -> the analysis options. Pure: values of the wrong type fall back to
 * the default and are reported through `warn`. The language server reads its settings with it
 * (lsp/settings.ts); `strategy check` turns its flags into the same settings (cli/check.ts).
 */
import { isRuleCode } from './ruleDocs';
import {
  DEFAULT_MAX_FILE_SIZE,
  SEVERITY_OVERRIDES,
  type AnalyzeOptions,
  type RuleCode,
  type SeverityOverride,
} from './types';

export interface StrategySettings {
  /** Per-code severity overrides (`strategy.rules`, `--rule`). */
  rules: Partial<Record<RuleCode, SeverityOverride>>;
  /** Milliseconds between the last edit and re-validation (`strategy.validation.delay`; the editor's only). */
  delay: number;
  /** Size limit in bytes (`strategy.maxFileSize`, `--max-file-size`). */
  maxFileSize: number;
}

export const DEFAULT_DELAY = 100;

export const DEFAULT_SETTINGS: Readonly<StrategySettings> = Object.freeze({
  rules: {},
  delay: DEFAULT_DELAY,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
});

export function isSeverityOverride(value: unknown): value is SeverityOverride {
  return typeof value === 'string' && (SEVERITY_OVERRIDES as readonly string[]).includes(value);
}

/**
 * Normalises a settings object. Both nested (`validation: {delay}`) and dotted (`"validation.delay"`)
 * spellings are accepted.
 */
export function readSettings(raw: unknown, warn: (message: string) => void = () => {}): StrategySettings {
  if (raw === null || raw === undefined) return { ...DEFAULT_SETTINGS, rules: {} };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warn('strategy settings must be an object; using the defaults.');
    return { ...DEFAULT_SETTINGS, rules: {} };
  }
  const s = raw as Record<string, unknown>;
  const validation = s.validation as Record<string, unknown> | undefined;
  return {
    rules: readRules(s.rules, warn),
    delay: readNumber(validation?.delay ?? s['validation.delay'], 'strategy.validation.delay', DEFAULT_DELAY, warn),
    maxFileSize: readNumber(s.maxFileSize, 'strategy.maxFileSize', DEFAULT_MAX_FILE_SIZE, warn),
  };
}

/** The analysis options of these settings, on this day (undefined: the machine's local date). */
export function analysisOptions(
  settings: Pick<StrategySettings, 'rules' | 'maxFileSize'>,
  today?: string,
): AnalyzeOptions {
  const options: AnalyzeOptions = { rules: settings.rules, maxFileSize: settings.maxFileSize };
  if (today) options.today = today;
  return options;
}

function readRules(raw: unknown, warn: (message: string) => void): StrategySettings['rules'] {
  const rules: StrategySettings['rules'] = {};
  if (raw === null || raw === undefined) return rules;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warn('strategy.rules must map rule codes to off, error, warning, information or hint; ignored.');
    return rules;
  }
  for (const [code, severity] of Object.entries(raw)) {
    if (!isRuleCode(code)) warn(`strategy.rules: unknown rule code "${code}"; ignored.`);
    else if (!isSeverityOverride(severity)) {
      warn(
        `strategy.rules: "${String(severity)}" for ${code} is not off, error, warning, information or hint; ignored.`,
      );
    } else rules[code] = severity;
  }
  return rules;
}

function readNumber(raw: unknown, name: string, fallback: number, warn: (message: string) => void): number {
  if (raw === null || raw === undefined) return fallback;
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) return raw;
  warn(`${name} must be a number of 0 or more; using ${fallback}.`);
  return fallback;
}
