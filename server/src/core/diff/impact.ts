/**
 * The impact of a change, exactly as the spec lists it; everything the list does not name is neutral
 * (an added item, a removed application or platform, a review's `last` moved, a goal dropped or no
 * longer done, a `due` set or unset, a sensitive data class removed, title/organization/version/sponsor).
 */
import { CADENCE_MONTHS, EXPOSING_DATA } from '../catalog';
import { isValidDate } from '../dates';
import type { Draft, Sides } from './records/draft';
import type { Impact } from './types';

const OWNED = new Set(['conversation', 'goal', 'application', 'platform', 'liability']);
const SETTLED = new Set(['mitigated', 'accepted']);
/** Audience from narrow to wide; an absent audience ranks as internal. */
const AUDIENCE: Record<string, number> = { internal: 0, partners: 1, external: 2 };

export function impactOf(d: Draft, sides: Sides): Impact {
  if (d.kind === 'problem') {
    if (d.severity !== 'error' && d.severity !== 'warning') return 'neutral';
    return d.change === 'added' ? 'regression' : 'improvement';
  }
  if (d.change === 'removed') {
    return d.kind === 'conversation' || d.kind === 'liability' || (d.kind === 'strategy' && d.field === undefined)
      ? 'regression'
      : 'neutral';
  }
  if (d.change !== 'changed') return 'neutral';
  const { field, before, after } = d;
  if (field === 'owner' && OWNED.has(d.kind)) return ownerImpact(before, after, sides);
  switch (`${d.kind}.${field}`) {
    case 'liability.status':
      if (after === 'open' && SETTLED.has(before ?? '')) return 'regression';
      if (before === 'open' && SETTLED.has(after ?? '')) return 'improvement';
      return 'neutral';
    case 'review.cadence':
      return longer(before, after) ? 'regression' : 'neutral';
    case 'goal.due':
      return before && after && isValidDate(before) && isValidDate(after) && after > before ? 'regression' : 'neutral';
    case 'goal.status':
      return after === 'done' && before !== 'done' ? 'improvement' : 'neutral';
    case 'application.audience':
      return widened(before, after) ? 'regression' : 'neutral';
    case 'application.data':
      return after !== undefined && EXPOSING_DATA.includes(after) ? 'regression' : 'neutral';
    case 'platform.hosting':
      return after === 'external' && before !== 'external' ? 'regression' : 'neutral';
    case 'platform.sourcing':
      return after === 'free' && before !== 'free' ? 'regression' : 'neutral';
    default:
      return 'neutral';
  }
}

/** An owner removed, or made unknown: the base side knows the old owner as a role and the head side does not know the new one. */
function ownerImpact(before: string | undefined, after: string | undefined, { base, head }: Sides): Impact {
  if (before !== undefined && after === undefined) return 'regression';
  if (before !== undefined && after !== undefined && base.knownRoles.has(before) && !head.knownRoles.has(after))
    return 'regression';
  return 'neutral';
}

function longer(before: string | undefined, after: string | undefined): boolean {
  const b = lookup(CADENCE_MONTHS, before);
  const a = lookup(CADENCE_MONTHS, after);
  return b !== undefined && a !== undefined && a > b;
}

/** Wider on a known scale; a value off the scale (a schema error) widens nothing. */
function widened(before: string | undefined, after: string | undefined): boolean {
  const b = lookup(AUDIENCE, before ?? 'internal');
  const a = lookup(AUDIENCE, after ?? 'internal');
  return b !== undefined && a !== undefined && a > b;
}

function lookup(table: Readonly<Record<string, number>>, key: string | undefined): number | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
