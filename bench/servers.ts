/**
 * The two language servers the benchmark compares: ours (dist/server.js) and yaml-language-server
 * with our schema. Each says how to start it, how to configure it, and how to tell that it reported
 * what a generated file holds (ours: the planted codes; theirs: the planted schema error).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { GeneratedStrategy } from './generate';
import { BENCH_TODAY } from './generate';
import type { ServerCommand } from './lsp-client';

export const ROOT = join(__dirname, '..');

export interface BenchServer extends ServerCommand {
  /** Short label for the tables. */
  label: string;
  languageId: string;
  settings: Record<string, unknown>;
  initializationOptions?: unknown;
  /** The validation debounce the server uses by default, in ms, as far as it is known. */
  debounceMs?: number;
  /** True when the diagnostics show every problem this server can see in the generated file. */
  reportsPlanted(diagnostics: Diagnostic[], g: GeneratedStrategy): boolean;
}

export const OUR_SERVER_JS = join(ROOT, 'dist', 'server.js');
export const YAML_LS_BIN = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');

export function ourServer(): BenchServer | undefined {
  if (!existsSync(OUR_SERVER_JS)) return undefined;
  return {
    name: 'strategy language server',
    label: 'ours',
    command: process.execPath,
    args: [OUR_SERVER_JS, '--stdio'],
    cwd: ROOT,
    languageId: 'strategy',
    settings: { strategy: {} },
    initializationOptions: { today: BENCH_TODAY },
    debounceMs: ourDefaultDelay(),
    reportsPlanted: (diagnostics, g) => {
      // Exactly the planted problems: each one where it was planted, and nothing else.
      if (diagnostics.length !== g.planted.length) return false;
      return g.planted.every((p) => diagnostics.some((d) => d.code === p.code && d.range.start.line === p.line));
    },
  };
}

export function yamlLanguageServer(): BenchServer {
  const schemaUri = pathToFileURL(join(ROOT, 'schemas', 'strategy.schema.json')).toString();
  return {
    name: `yaml-language-server ${packageVersion('yaml-language-server')}`,
    label: 'yaml-ls',
    command: process.execPath,
    args: [YAML_LS_BIN, '--stdio'],
    cwd: ROOT,
    languageId: 'yaml',
    settings: {
      yaml: {
        schemas: { [schemaUri]: '*.strategy.yaml' },
        schemaStore: { enable: false },
        validate: true,
        completion: true,
        hover: true,
        format: { enable: false },
      },
      http: {},
      editor: {},
    },
    debounceMs: 200, // yamlSettings.validationDelayMs in yaml-language-server 1.25.0
    // It validates the schema only: the planted enum violation is what it can see.
    reportsPlanted: (diagnostics, g) => diagnostics.some((d) => d.range.start.line === g.schemaErrorLine),
  };
}

/** The default of `strategy.validation.delay`: as package.json declares it, else as the server's settings.ts has it. */
function ourDefaultDelay(): number | undefined {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    contributes?: {
      configuration?:
        | { properties?: Record<string, { default?: unknown }> }
        | { properties?: Record<string, { default?: unknown }> }[];
    };
  };
  const conf = pkg.contributes?.configuration;
  for (const c of Array.isArray(conf) ? conf : conf ? [conf] : []) {
    const d = c.properties?.['strategy.validation.delay']?.default;
    if (typeof d === 'number') return d;
  }
  try {
    // Not declared (yet): the server's own constant, if it still has that name.

    const d = (require(join(ROOT, 'server', 'src', 'lsp', 'settings')) as { DEFAULT_DELAY?: unknown }).DEFAULT_DELAY;
    return typeof d === 'number' ? d : undefined;
  } catch {
    return undefined;
  }
}

export function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '?';
  }
}
