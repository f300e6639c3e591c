/** `strategy render FILE [-o OUT] [--format html|md] [--today YYYY-MM-DD]` */
import * as fs from 'fs';
import { localToday } from '../core';
import { countSeverities, describeCounts } from '../core/problemCounts';
import { StrategyComposer, renderStrategyHtml, renderStrategyMarkdown } from '../core/compose';
import { parseArgs, UsageError } from './args';
import { reason } from './files';
import { nodeHost, toCorePath } from './host';
import { parseToday, type Io } from './io';
import { registerCommand } from './run';

const FORMATS = ['html', 'md'] as const;
type Format = (typeof FORMATS)[number];

export function runRender(argv: readonly string[], io: Io): number {
  const { positional, options } = parseArgs(argv, {
    output: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    today: { type: 'string' },
  });
  if (positional.length !== 1)
    throw new UsageError(positional.length ? 'render takes one FILE' : 'render needs a FILE');
  const file = positional[0];
  const out = options.output as string | undefined;
  const format = formatOf(options.format as string | undefined, out);
  const today = parseToday(options.today) ?? localToday();

  // A root or a part renders the composed strategy; an orphan part, or a part whose root cannot be read, renders alone.
  const strategy = new StrategyComposer(nodeHost(), { today }).compose(toCorePath(file, io.cwd));
  if ('error' in strategy) {
    io.stderr(`strategy: cannot read ${file}: ${strategy.error}\n`);
    return 2;
  }
  const page =
    format === 'md'
      ? renderStrategyMarkdown(strategy, { today })
      : renderStrategyHtml(strategy, { today, mode: 'export' });
  if (out === undefined) {
    io.stdout(page);
    return 0;
  }
  try {
    fs.writeFileSync(out, page);
  } catch (e) {
    io.stderr(`strategy: cannot write ${out}: ${reason(e)}\n`);
    return 2;
  }
  const problems = [...strategy.files.values()].flatMap((a) => a.problems);
  io.stderr(`Wrote ${out} (${describeCounts(countSeverities(problems.map((p) => p.severity)))} shown).\n`);
  return 0;
}

/** --format wins; else the extension of OUT (.md/.markdown -> md); HTML otherwise. */
function formatOf(option: string | undefined, out: string | undefined): Format {
  if (option !== undefined) {
    if (!(FORMATS as readonly string[]).includes(option))
      throw new UsageError(`unknown format "${option}" for render (use html or md)`);
    return option as Format;
  }
  return out !== undefined && /\.(md|markdown)$/i.test(out) ? 'md' : 'html';
}

registerCommand('render', runRender);
