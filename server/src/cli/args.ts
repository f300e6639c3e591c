/** A small, strict argument parser: unknown options are usage errors. */

export class UsageError extends Error {}

export interface OptionSpec {
  /** Option name without dashes -> takes a value? repeatable? */
  [name: string]: { value: boolean; repeat?: boolean; short?: string };
}

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | string[] | boolean>;
}

export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const positional: string[] = [];
  const options: ParsedArgs['options'] = {};
  const byShort = new Map(Object.entries(spec).filter(([, s]) => s.short).map(([n, s]) => [s.short!, n]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    } else {
      name = byShort.get(arg.slice(1)) ?? arg;
    }
    const s = spec[name];
    if (!s) throw new UsageError(`unknown option ${arg}`);
    if (!s.value) {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
      options[name] = true;
      continue;
    }
    const v = inline ?? argv[++i];
    if (v === undefined) throw new UsageError(`option --${name} needs a value`);
    if (s.repeat) options[name] = [...((options[name] as string[] | undefined) ?? []), v];
    else options[name] = v;
  }
  return { positional, options };
}
