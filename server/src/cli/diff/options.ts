/**
 * `strategy diff [BASE [HEAD]] [--since-review] [--format text|md|json] [--fail-on regression|change]
 * [--today YYYY-MM-DD] [-- PATH ...]`, parsed with node's util.parseArgs (through the command line's
 * parseArgs, for the same messages as the other commands).
 */
import { localToday } from '../../core';
import { parseArgs, UsageError } from '../args';
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
  // Everything after `--` is a path, as in git; options and revisions come before it.
  const cut = argv.indexOf('--');
  const { positional: revisions, options } = parseArgs(cut < 0 ? argv : argv.slice(0, cut), {
    'since-review': { type: 'boolean' },
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    today: { type: 'string' },
  });
  const paths = cut < 0 ? [] : argv.slice(cut + 1);
  if (revisions.length > 2)
    throw new UsageError(`diff takes at most two revisions (BASE HEAD), got ${revisions.length}; put paths after --`);
  const sinceReview = options['since-review'] === true;
  if (sinceReview && revisions.length)
    throw new UsageError('--since-review finds the base itself; give it without a revision');
  return {
    revisions,
    paths,
    sinceReview,
    format: oneOf(options.format as string | undefined, DIFF_FORMATS, '--format') ?? 'text',
    failOn: oneOf(options['fail-on'] as string | undefined, FAIL_ON, '--fail-on'),
    today: parseToday(options.today) ?? localToday(),
  };
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${name} takes ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}
