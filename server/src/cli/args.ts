/** The subcommands' arguments, read with Node's `util.parseArgs`; unknown options are usage errors. */
import { parseArgs as nodeParseArgs } from 'node:util';
import { closest } from '../core/model/closest';

export class UsageError extends Error {}

/** Each option by name (without dashes): a value or a flag, repeatable, its one-letter alias. */
export type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | string[] | boolean | undefined>;
}

/**
 * Reads `argv` for one subcommand. `util.parseArgs` runs without its strict mode so that the
 * messages stay ours: an unknown option names the closest known one, and a missing or stray value
 * names its option.
 */
export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const { values, positionals, tokens } = nodeParseArgs({
    args: [...argv],
    options: spec,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const s = Object.hasOwn(spec, t.name) ? spec[t.name] : undefined;
    if (!s) {
      const near = t.rawName.startsWith('--') ? closest(t.name, Object.keys(spec)) : undefined;
      throw new UsageError(`unknown option ${t.rawName}${near ? `; did you mean --${near}?` : ''}`);
    }
    if (s.type === 'string' && t.value === undefined) throw new UsageError(`option --${t.name} needs a value`);
    if (s.type === 'boolean' && t.value !== undefined) throw new UsageError(`option --${t.name} takes no value`);
  }
  return { positional: positionals, options: values };
}
