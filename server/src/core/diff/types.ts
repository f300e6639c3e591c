/**
 * The change records of `strategy diff` (spec: "Changes between revisions") and what the diff reads:
 * one side of the comparison, i.e. the analyses of one strategy's files with their problems.
 */
import type { ConversationId } from '../catalog';
import type { Analysis } from '../analyze';
import type { StrategyModel } from '../model/types';
import type { Problem, Span } from '../types';

export type RecordKind =
  | 'strategy'
  | 'role'
  | 'conversation'
  | 'participant'
  | 'review'
  | 'goal'
  | 'application'
  | 'platform'
  | 'liability'
  | 'problem';

export type Change = 'added' | 'removed' | 'changed' | 'moved';
export type Impact = 'regression' | 'improvement' | 'neutral';

/** A place in one side's files: the file as records name it and a 0-based line. */
export interface Loc {
  file: string;
  line: number;
}

/** One change, with the spec's keys in the spec's order. */
export interface ChangeRecord {
  kind: RecordKind;
  id: string;
  conversation?: ConversationId;
  change: Change;
  field?: string;
  before?: string;
  after?: string;
  impact: Impact;
  message: string;
  fingerprint: string;
  base?: Loc;
  head?: Loc;
}

/** One file of a strategy at one revision. */
export interface SideFile {
  /** The file as records name it (as `check` names files). */
  name: string;
  /** Its path relative to the root's folder, `/`-separated (problem ids of file-level problems). */
  path: string;
  analysis: Analysis;
}

/** A problem of one side: analysed at default severities and before suppressions. */
export interface SideProblem {
  /** Index into the side's files. */
  file: number;
  problem: Problem;
}

/**
 * One strategy at one revision, as the diff reads it: its files (the root first), the model every rule
 * ran on (composed across the files), and its problems. A one-file strategy is `oneFileSide`.
 */
export interface DiffSide {
  files: readonly SideFile[];
  model: StrategyModel;
  problems: readonly SideProblem[];
  /** Which file (index into files) a span of the model lies in (a composed model's spans name their file). */
  fileOf(span: Span): number;
}
