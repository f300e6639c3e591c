/**
 * The `strategy.*` settings: read per resource through `workspace/configuration` (cached, dropped on
 * `didChangeConfiguration`), or, for clients without that capability, taken from the
 * `didChangeConfiguration` payload (`settings.strategy`), else the defaults. The reading itself is the
 * core's pure `readSettings` (core/settings.ts), shared with the command line.
 */
import type { Connection, DidChangeConfigurationParams } from 'vscode-languageserver';
import { readSettings, type StrategySettings } from '../core/settings';

export { DEFAULT_DELAY, DEFAULT_SETTINGS, readSettings, type StrategySettings } from '../core/settings';

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
      this.pushed = readSettings(
        settings && typeof settings === 'object' ? settings.strategy : undefined,
        this.options.warn,
      );
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async fetch(uri: string): Promise<StrategySettings> {
    try {
      const raw: unknown = await this.options.connection.workspace.getConfiguration({
        scopeUri: uri,
        section: 'strategy',
      });
      return readSettings(raw, this.options.warn);
    } catch (error) {
      this.options.warn(
        `Could not read the strategy settings for ${uri} (${(error as Error)?.message ?? String(error)}); using the defaults.`,
      );
      this.cache.delete(uri);
      return readSettings(undefined);
    }
  }
}
