/** `strategy init [FILE] [--org NAME] [--force] [--split]` */
import * as fs from 'fs';
import * as path from 'path';
import { localToday } from '../core';
import { splitStrategyTemplate, strategyTemplate } from '../core/template';
import { parseArgs, UsageError } from './args';
import { reason } from './files';
import { parseToday, type Io } from './io';

export function runInit(argv: readonly string[], io: Io): number {
  const { positional, options } = parseArgs(argv, {
    org: { type: 'string' },
    force: { type: 'boolean' },
    today: { type: 'string' },
    split: { type: 'boolean' },
  });
  if (positional.length > 1) throw new UsageError('init takes at most one FILE');
  const file = positional[0] ?? 'social.strategy.yaml';
  if (options.split) return writeSplit(file, options, io);
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
  io.stderr(
    `Wrote ${file}. Next: fill in goals, applications, platforms and liabilities, then run "strategy check ${file}".\n`,
  );
  return 0;
}

/** The root FILE and `conversations/<id>.strategy.yaml` beside it; none written when one exists, unless --force. */
function writeSplit(file: string, options: Record<string, unknown>, io: Io): number {
  const today = parseToday(options.today) ?? localToday();
  const { root, parts } = splitStrategyTemplate(
    { organization: options.org as string | undefined, today },
    path.basename(file),
  );
  const files = [
    { path: file, text: root },
    ...parts.map((p) => ({ path: path.join(path.dirname(file), p.path), text: p.text })),
  ];
  const existing = files.filter((f) => fs.existsSync(f.path)).map((f) => f.path);
  if (existing.length && !options.force) {
    io.stderr(
      `strategy: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (use --force to overwrite these ${files.length} files).\n`,
    );
    return 2;
  }
  try {
    for (const f of files) {
      fs.mkdirSync(path.dirname(f.path), { recursive: true });
      fs.writeFileSync(f.path, f.text);
    }
  } catch (e) {
    io.stderr(`strategy: cannot write: ${reason(e)}\n`);
    return 2;
  }
  io.stderr(
    `Wrote ${file} and ${parts.length} conversation files in ${path.join(path.dirname(file), 'conversations')}. Add a CODEOWNERS line per file, then run "strategy check ${path.dirname(file)}".\n`,
  );
  return 0;
}
