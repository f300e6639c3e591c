/** `strategy render FILE [-o OUT] [--format html|md] [--today YYYY-MM-DD]` */
import * as fs from 'fs';
import { analyze, localToday } from '../core';
import { renderHtml, renderMarkdown } from '../core/render';
import { parseArgs, UsageError } from './args';
import { reason } from './files';
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
  if (positional.length !== 1) throw new UsageError(positional.length ? 'render takes one FILE' : 'render needs a FILE');
  const file = positional[0];
  const out = options.output as string | undefined;
  const format = formatOf(options.format as string | undefined, out);
  const today = parseToday(options.today) ?? localToday();

  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    io.stderr(`strategy: cannot read ${file}: ${reason(e)}\n`);
    return 2;
  }
  const analysis = analyze(text, file, { today });
  const page = format === 'md' ? renderMarkdown(analysis, { today }) : renderHtml(analysis, { today, mode: 'export' });
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
  const count = (s: string) => analysis.problems.filter((p) => p.severity === s).length;
  io.stderr(`Wrote ${out} (${count('error')} errors, ${count('warning')} warnings shown).\n`);
  return 0;
}

/** --format wins; else the extension of OUT (.md/.markdown -> md); HTML otherwise. */
function formatOf(option: string | undefined, out: string | undefined): Format {
  if (option !== undefined) {
    if (!(FORMATS as readonly string[]).includes(option)) throw new UsageError(`unknown format "${option}" for render (use html or md)`);
    return option as Format;
  }
  return out !== undefined && /\.(md|markdown)$/i.test(out) ? 'md' : 'html';
}

registerCommand('render', runRender);
