/** Dispatches the subcommands; a usage error prints what is wrong and where the usage is, and exits 2. */
import { UsageError } from './args';
import { runCheck } from './check';
import { runDiff } from './diff/command';
import { runInit } from './init';
import type { Io } from './io';

declare const STRATEGY_VERSION: string | undefined;
export const VERSION = typeof STRATEGY_VERSION === 'string' ? STRATEGY_VERSION : '0.0.0-dev';

export const USAGE = `Usage: strategy <command> [options]

Commands:
  check [PATH ...]      Check strategy files (*.strategy.yaml|yml) and folders (default: .)
      --format text|json|sarif   Output format (default text)
      --today YYYY-MM-DD         The date to check reviews and goals against (default: today)
      --rule CODE=SEVERITY       Change a rule's severity: off|error|warning|information|hint (repeatable)
      --max-warnings N           Fail when more than N warnings are found
      --max-file-size BYTES      Size limit per file (default 2097152)
  render FILE [-o OUT] [--format html|md] [--today YYYY-MM-DD]
                        Write the rendered strategy as a self-contained HTML page or Markdown
  init [FILE] [--org NAME] [--force] [--split]
                        Write a new strategy with all six conversations (default social.strategy.yaml);
                        --split: FILE as a root and conversations/<id>.strategy.yaml beside it
  diff [BASE [HEAD]] [-- PATH ...]
                        What changed in the strategies under PATH (default .) between two git revisions
                        (default HEAD and the working tree), or: diff OLD NEW (two files, no git)
      --since-review             Base: each strategy's last commit before its review.last
      --format text|md|json      Output format (default text; md for a pull-request comment)
      --fail-on regression|change  Exit 1 when a regression (or any change) was found
      --today YYYY-MM-DD         The date the problems are checked against (default: today)

Exit codes: 0 ok, 1 errors found (or too many warnings; diff: --fail-on met), 2 usage error or unreadable file.
`;

/** The one line under a usage error, instead of the whole usage. */
export const HELP_HINT = 'Run "strategy --help" for the commands and their options.';

export type Command = (argv: readonly string[], io: Io, version: string) => number;
const commands: Record<string, Command> = { check: runCheck, init: runInit, diff: runDiff };

/** Lets other modules (render) register themselves without the dispatcher knowing them. */
export function registerCommand(name: string, command: Command): void {
  commands[name] = command;
}

export function runCli(argv: readonly string[], io: Io): number {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(USAGE);
      return 0;
    }
    return command(rest, io, VERSION);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`strategy: ${e.message}\n${HELP_HINT}\n`);
      return 2;
    }
    io.stderr(`strategy: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return 2;
  }
}
