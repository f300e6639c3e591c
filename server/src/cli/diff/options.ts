/**
 * `strategy diff [BASE [HEAD]] [--since-review] [--format text|md|json] [--fail-on regression|change]
 * [--today YYYY-MM-DD] [-- PATH ...]`, parsed with node's util.parseArgs.
 */
import { parseArgs } from 'node:util';
import { localToday } from '../../core';
import { UsageError } from '../args';
import { parseToday } from '../io';

export const DIFF_FORMATS = ['text', 'md', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
export const FAIL_ON = ['regression', 'change'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface DiffOptions {
  /** Revisions before `--` (at most two), or OLD NEW of the two-file form. */
  revisions: string[];
  /** Paths after `--` (default: the current folder). */
  paths: string[];
  sinceReview: boolean;
  format: DiffFormat;
  failOn?: FailOn;
  today: string;
}

export function parseDiffArgs(argv: readonly string[]): DiffOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        'since-review': { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        'fail-on': { type: 'string' },
        today: { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError(((e as Error).message ?? String(e)).split('\n')[0]);
  }
  const { values, tokens } = parsed;
  const end = tokens.find((t) => t.kind === 'option-terminator')?.index ?? Infinity;
  const revisions: string[] = [];
  const paths: string[] = [];
  for (const t of tokens) if (t.kind === 'positional') (t.index < end ? revisions : paths).push(t.value);
  if (revisions.length > 2) throw new UsageError(`diff takes at most two revisions (BASE HEAD), got ${revisions.length}; put paths after --`);
  const sinceReview = values['since-review'] === true;
  if (sinceReview && revisions.length) throw new UsageError('--since-review finds the base itself; give it without a revision');
  return {
    revisions,
    paths,
    sinceReview,
    format: oneOf(values.format, DIFF_FORMATS, '--format') ?? 'text',
    failOn: oneOf(values['fail-on'], FAIL_ON, '--fail-on'),
    today: parseToday(values.today) ?? localToday(),
  };
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${name} takes ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}
