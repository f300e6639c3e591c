/**
 * What the preview shows, computed once from an Analysis and shared by the HTML and Markdown
 * renderers. Strings are raw file text (the renderers escape them); lines are 0-based source lines.
 */
import type { ConversationId, ConversationInfo, RoleInfo } from '../catalog';
import type { RuleCode, Severity } from '../types';

/** A value read from the file and the line it sits on. */
export interface Cell {
  text: string;
  line: number;
}

export interface RoleRef {
  id: string;
  line: number;
  /** Set when the id names a built-in or declared role. */
  title?: string;
  function?: string;
}

export type ReviewState = 'overdue' | 'due-soon' | 'on-track' | 'invalid' | 'missing';

export interface ReviewView {
  state: ReviewState;
  cadence?: string;
  last?: Cell;
  /** Date the next review falls due (last + cadence), when both are valid. */
  next?: string;
  /** Set when a conversation follows the strategy's review rather than its own. */
  inherited: boolean;
  /** Line of the `review` key that holds it. */
  line?: number;
}

export interface GoalView {
  id?: string;
  line: number;
  statement?: string;
  owner?: RoleRef;
  metric?: string;
  target?: string;
  due?: Cell;
  /** As written, `planned` when absent. */
  status: string;
  overdue: boolean;
}

export interface RefView {
  id: string;
  line: number;
  /** Name or title of what it points at, when it resolves. */
  name?: string;
  known: boolean;
}

export interface ApplicationView {
  id?: string;
  line: number;
  name?: string;
  owner?: RoleRef;
  platform?: RefView;
  audience?: string;
  data: string[];
  exposed: boolean;
  covered: boolean;
}

export interface PlatformView {
  id?: string;
  line: number;
  name?: string;
  owner?: RoleRef;
  sourcing?: string;
  hosting?: string;
  exposed: boolean;
  covered: boolean;
}

export interface LiabilityView {
  id?: string;
  line: number;
  title?: string;
  category?: string;
  owner?: RoleRef;
  covers: RefView[];
  mitigations: Cell[];
  /** As written, `open` when absent. */
  status: string;
}

export interface ConversationView {
  id: ConversationId;
  info: ConversationInfo;
  /** 1..6, the canonical position. */
  number: number;
  present: boolean;
  /** The conversation's value is not a mapping. */
  malformed: boolean;
  line?: number;
  owner?: RoleRef;
  participants: RoleRef[];
  summary?: Cell;
  review: ReviewView;
  goals: GoalView[];
  applications: ApplicationView[];
  platforms: PlatformView[];
  liabilities: LiabilityView[];
  /** Recommended roles for the invited functions nobody at the table has (all of them when absent). */
  toInvite: RoleInfo[];
}

export type Seat = 'owner' | 'participant';

export interface RoleRow {
  role: RoleRef;
  /** A declared role's description. */
  description?: string;
  declared: boolean;
  sponsor: boolean;
  seats: Partial<Record<ConversationId, { seat: Seat; line: number }>>;
}

export interface CoverageRow {
  kind: 'application' | 'platform';
  id?: string;
  name?: string;
  line: number;
  conversation: ConversationId;
  /** Why it is exposed: "external audience", "customer-pii data", "free sourcing"... */
  reasons: string[];
  /** Liability id -> covered directly or through the application's platform. */
  cells: Record<string, 'direct' | 'platform'>;
  covered: boolean;
}

export interface TimelineRow {
  key: 'strategy' | ConversationId;
  title: string;
  /** Line of the conversation key (or the strategy's review), when drawn from the file. */
  line?: number;
  review: ReviewView;
}

export interface ProblemView {
  code: RuleCode;
  severity: Severity;
  message: string;
  line: number;
  character: number;
}

export interface Stats {
  conversationsHeld: number;
  goals: number;
  goalsDone: number;
  goalsOverdue: number;
  applications: number;
  platforms: number;
  liabilities: number;
  liabilitiesOpen: number;
  exposed: number;
  uncovered: number;
}

export interface StrategyView {
  file: string;
  today: string;
  title?: Cell;
  organization?: Cell;
  version?: Cell;
  sponsor?: RoleRef;
  review: ReviewView;
  conversations: ConversationView[];
  roles: RoleRow[];
  liabilities: LiabilityView[];
  coverage: CoverageRow[];
  timeline: TimelineRow[];
  problems: ProblemView[];
  /** The problems that kept the file from being read in full (YAML syntax, not a mapping, too large). */
  broken: ProblemView[];
  /** Nothing could be read beyond the problems: render them alone. */
  unreadable: boolean;
  stats: Stats;
}
