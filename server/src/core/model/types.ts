/**
 * The resolved strategy: what the rules, features and renderer read. Every value knows its span and
 * the block it came from, so that a later version can assemble one model from several files.
 */
import type { ConversationId } from '../catalog';
import type { Span } from '../types';

/**
 * A scalar value read from the file. `text` is its string form; `isString` tells whether YAML typed it so
 * (a name given as `true` or `42` is of the wrong type: the schema reports it, the rules on names skip it).
 */
export interface Value {
  text: string;
  isString: boolean;
  span: Span;
}

export interface Review {
  keySpan: Span;
  cadence?: Value;
  last?: Value;
}

interface ItemBase {
  id?: Value;
  /** Where a diagnostic about the item lands: its id value, else its first key. */
  anchor: Span;
  span: Span;
  owner?: Value;
  /** Set when `owner` holds a list or mapping: an owner was given in the wrong shape (the schema reports it, not missing-owner). */
  ownerMistyped?: true;
  conversation: ConversationId;
}

export interface Goal extends ItemBase {
  kind: 'goal';
  statement?: Value;
  metric?: Value;
  target?: Value;
  due?: Value;
  status?: Value;
}

export interface Application extends ItemBase {
  kind: 'application';
  name?: Value;
  platform?: Value;
  audience?: Value;
  data: Value[];
}

export interface Platform extends ItemBase {
  kind: 'platform';
  name?: Value;
  sourcing?: Value;
  hosting?: Value;
}

export interface Liability extends ItemBase {
  kind: 'liability';
  title?: Value;
  category?: Value;
  covers: Value[];
  mitigations: Value[];
  status?: Value;
}

export type Item = Goal | Application | Platform | Liability;

export interface Conversation {
  id: ConversationId;
  /** Set when the conversation's value is not a mapping (the schema reports it; the rules skip it). */
  malformed?: boolean;
  keySpan: Span;
  span: Span;
  owner?: Value;
  /** Set when `owner` holds a list or mapping: an owner was given in the wrong shape (the schema reports it, not missing-owner). */
  ownerMistyped?: true;
  participants: Value[];
  summary?: Value;
  review?: Review;
  goals: Goal[];
  applications: Application[];
  platforms: Platform[];
  liabilities: Liability[];
}

export interface DeclaredRole {
  id: string;
  keySpan: Span;
  title?: Value;
  function?: Value;
  description?: Value;
}

export interface Header {
  strategy?: Value;
  organization?: Value;
  version?: Value;
  sponsor?: Value;
  review?: Review;
}

/** A root's `include` key: its entries in file order (present and empty still anchors missing-conversation). */
export interface Include {
  keySpan: Span;
  entries: Value[];
}

/** A part's `part-of` key; `value` is absent when it is empty. */
export interface PartOf {
  keySpan: Span;
  value?: Value;
}

/** What composing the files of a strategy found, read by the composition rules (absent for one file). */
export interface CompositionFacts {
  /** Every file of the strategy in composition order (the root first), by real path. */
  files: string[];
  /** Each file's name relative to the root's folder (for messages and data-file). */
  labels: Map<string, string>;
  /** Include entries that name no part of this root, ordered by entry then matched path. */
  unresolvedIncludes: { span: Span; message: string; data?: Record<string, unknown> }[];
  /** Set when this model is a part composed alone because its root does not take it. */
  orphan?: { span: Span; message: string };
  /** Conversations and roles written again in a later file: left out of the model, reported as duplicate-id. */
  shadowed: { kind: 'conversation' | 'role'; id: string; keySpan: Span; first: Span }[];
  /** 1-based line of an offset in a file of the strategy (for messages that name another place). */
  lineOf(span: Span): number;
}

export interface StrategyModel {
  /** The file the model was read from (a URI or a path, as the caller named it). */
  file: string;
  /** A root's `include` (a strategy across files). */
  include?: Include;
  /** A part's `part-of`: set only for a file with `part-of` and no `strategy`. */
  partOf?: PartOf;
  /** Set on a composed model (a strategy across files, or an orphan part). */
  composition?: CompositionFacts;
  header: Header;
  roles: DeclaredRole[];
  /** `absent`: no conversations key (or empty); `map`: a mapping; `invalid`: another type. */
  conversationsState: 'absent' | 'map' | 'invalid';
  conversationsKey?: Span;
  /** Conversations present in the file (known ids only), in file order. */
  conversations: Conversation[];
}
