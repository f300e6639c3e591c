/**
 * The `strategy.*` settings: read per resource through `workspace/configuration` (cached, dropped on
 * `didChangeConfiguration`), or, for clients without that capability, taken from the
 * `didChangeConfiguration` payload (`settings.strategy`), else the defaults.
 */
import type { Connection, DidChangeConfigurationParams } from 'vscode-languageserver';
import { DEFAULT_MAX_FILE_SIZE, RULES, type RuleCode, type SeverityOverride } from '../core';

export interface StrategySettings {
  /** Per-code severity overrides (`strategy.rules`). */
  rules: Partial<Record<RuleCode, SeverityOverride>>;
  /** Milliseconds between the last edit and re-validation (`strategy.validation.delay`). */
  delay: number;
  /** Size limit in bytes (`strategy.maxFileSize`). */
  maxFileSize: number;
}

export const DEFAULT_DELAY = 100;

export const DEFAULT_SETTINGS: Readonly<StrategySettings> = Object.freeze({
  rules: {},
  delay: DEFAULT_DELAY,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
});

const CODES = new Set<string>(['schema', 'file-too-large', ...RULES.map((r) => r.code)]);
const SEVERITIES = new Set<string>(['off', 'error', 'warning', 'information', 'hint']);

/**
 * Normalises what a client sent for the `strategy` section. Values of the wrong type fall back to the
 * default and are reported through `warn`; both nested (`validation: {delay}`) and dotted
 * (`"validation.delay"`) spellings are accepted.
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

function readRules(raw: unknown, warn: (message: string) => void): StrategySettings['rules'] {
  const rules: StrategySettings['rules'] = {};
  if (raw === null || raw === undefined) return rules;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warn('strategy.rules must map rule codes to off, error, warning, information or hint; ignored.');
    return rules;
  }
  for (const [code, severity] of Object.entries(raw)) {
    if (!CODES.has(code)) warn(`strategy.rules: unknown rule code "${code}"; ignored.`);
    else if (typeof severity !== 'string' || !SEVERITIES.has(severity)) {
      warn(`strategy.rules: "${String(severity)}" for ${code} is not off, error, warning, information or hint; ignored.`);
    } else rules[code as RuleCode] = severity as SeverityOverride;
  }
  return rules;
}

function readNumber(raw: unknown, name: string, fallback: number, warn: (message: string) => void): number {
  if (raw === null || raw === undefined) return fallback;
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) return raw;
  warn(`${name} must be a number of 0 or more; using ${fallback}.`);
  return fallback;
}

export interface SettingsSourceOptions {
  connection: Connection;
  /** Whether the client announced `workspace.configuration`. */
  pull: boolean;
  warn: (message: string) => void;
}

/** Settings per document URI, cached until the configuration changes. */
export class SettingsSource {
  private readonly cache = new Map<string, Promise<StrategySettings>>();
  /** What clients without `workspace/configuration` last pushed (or the defaults). */
  private pushed: StrategySettings = readSettings(undefined);

  constructor(private readonly options: SettingsSourceOptions) {}

  get(uri: string): Promise<StrategySettings> {
    if (!this.options.pull) return Promise.resolve(this.pushed);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.fetch(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** A `didChangeConfiguration` arrived: forget cached settings (and take pushed ones when not pulling). */
  changed(params: DidChangeConfigurationParams): void {
    this.cache.clear();
    if (!this.options.pull) {
      const settings = params.settings as Record<string, unknown> | null | undefined;
      this.pushed = readSettings(settings && typeof settings === 'object' ? settings.strategy : undefined, this.options.warn);
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async fetch(uri: string): Promise<StrategySettings> {
    try {
      const raw: unknown = await this.options.connection.workspace.getConfiguration({ scopeUri: uri, section: 'strategy' });
      return readSettings(raw, this.options.warn);
    } catch (error) {
      this.options.warn(`Could not read the strategy settings for ${uri} (${(error as Error)?.message ?? String(error)}); using the defaults.`);
      this.cache.delete(uri);
      return readSettings(undefined);
    }
  }
}
