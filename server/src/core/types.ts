/** Plain result types of the core. Offsets count UTF-16 code units of the file's text. */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOverride = Severity | 'off';

export interface Span {
  start: number;
  end: number;
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
  | 'file-too-large';

/** A finding of the core, positioned by offsets in one file. */
export interface Problem {
  code: RuleCode;
  severity: Severity;
  message: string;
  span: Span;
  /** Machine-readable details for quick fixes (suggested id, missing function...). */
  data?: Record<string, unknown>;
}

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A problem positioned by line and character, as the CLI and LSP report it. */
export interface Diagnostic {
  code: RuleCode;
  severity: Severity;
  message: string;
  range: Range;
  source: 'strategy';
  data?: Record<string, unknown>;
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
