/** Plain result types of the core. Offsets count UTF-16 code units of the file's text. */

/** The severities, most severe first: the one list (CLI flags, settings, the renderer's order). */
export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** What a severity override may say: a severity, or `off`. */
export const SEVERITY_OVERRIDES = ['off', ...SEVERITIES] as const;
export type SeverityOverride = (typeof SEVERITY_OVERRIDES)[number];

export interface Span {
  start: number;
  end: number;
  /** The file the offsets are in; set by composition (a strategy across files), absent in one file. */
  file?: string;
}

export type RuleCode =
  | 'schema'
  | 'missing-conversation'
  | 'missing-owner'
  | 'unknown-role'
  | 'unknown-reference'
  | 'duplicate-id'
  | 'uncovered-liability'
  | 'unmitigated-liability'
  | 'missing-participant'
  | 'sponsor-absent'
  | 'review-overdue'
  | 'review-missing'
  | 'goal-overdue'
  | 'file-too-large'
  | 'unresolved-include'
  | 'orphan-part';

/** A finding of the core, positioned by offsets in one file. */
export interface Problem {
  code: RuleCode;
  severity: Severity;
  message: string;
  span: Span;
  /** Machine-readable details for quick fixes (suggested id, missing function...). */
  data?: Record<string, unknown>;
  /** Other places the problem points at (the first occurrence of a duplicate), each with its file on the span when composed. */
  related?: { span: Span; message: string }[];
}

/** A 0-based line and column (UTF-16 code units), as editors and `file:line:col` count them (1-based there). */
export interface LineColumn {
  line: number;
  character: number;
}

export interface AnalyzeOptions {
  /** Local date as YYYY-MM-DD; defaults to the machine's local date. */
  today?: string;
  /** Per-code severity overrides. */
  rules?: Partial<Record<RuleCode, SeverityOverride>>;
  /** Size limit in bytes (UTF-8), default 2 MiB. */
  maxFileSize?: number;
  /** Keep the problems that suppression comments would hide (`strategy diff` compares before suppressions). */
  ignoreSuppressions?: boolean;
}

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
