/** `strategy init [FILE] [--org NAME] [--force]` */
import * as fs from 'fs';
import * as path from 'path';
import { localToday } from '../core';
import { strategyTemplate } from '../core/template';
import { parseArgs, UsageError } from './args';
import { reason } from './files';
import { parseToday, type Io } from './io';

export function runInit(argv: readonly string[], io: Io): number {
  const { positional, options } = parseArgs(argv, { org: { type: 'string' }, force: { type: 'boolean' }, today: { type: 'string' } });
  if (positional.length > 1) throw new UsageError('init takes at most one FILE');
  const file = positional[0] ?? 'social.strategy.yaml';
  if (fs.existsSync(file) && !options.force) {
    io.stderr(`strategy: ${file} already exists; it was left alone (use --force to overwrite it).\n`);
    return 2;
  }
  const today = parseToday(options.today) ?? localToday();
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, strategyTemplate({ organization: options.org as string | undefined, today }));
  } catch (e) {
    io.stderr(`strategy: cannot write ${file}: ${reason(e)}\n`);
    return 2;
  }
  io.stderr(`Wrote ${file}. Next: fill in goals, applications, platforms and liabilities, then run "strategy check ${file}".\n`);
  return 0;
}
