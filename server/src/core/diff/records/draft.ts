/** A change record before its impact, message and fingerprint are worked out. */
import type { ConversationId } from '../../catalog';
import type { Severity } from '../../types';
import type { Snapshot } from '../snapshot';
import type { Change, Loc, RecordKind } from '../types';

export interface Draft {
  kind: RecordKind;
  id: string;
  conversation?: ConversationId;
  change: Change;
  field?: string;
  before?: string;
  after?: string;
  /** The list entry of a per-entry record (hashed into the fingerprint). */
  entry?: string;
  base?: Loc;
  head?: Loc;
  /** What the message names: an added or removed item's name, a problem's message. */
  label?: string;
  /** A problem's severity (at its default). */
  severity?: Severity;
}

/** Both sides of one strategy. */
export interface Sides {
  base: Snapshot;
  head: Snapshot;
}

/** Sets only the keys that have a value, so that records carry no `undefined` keys. */
export function draft(d: Draft): Draft {
  const out = {} as Record<string, unknown>;
  for (const [k, v] of Object.entries(d)) if (v !== undefined) out[k] = v;
  return out as unknown as Draft;
}
