/** One line of plain words per record: what changed, with the values before and after. */
import type { Draft } from './records/draft';

const NOUN: Record<string, string> = {
  goal: 'goal',
  application: 'application',
  platform: 'platform',
  liability: 'liability',
  role: 'role',
};
const FIELD_NAME: Record<string, string> = { strategy: 'title' };
const LIST_ENTRY: Record<string, [string, string]> = {
  covers: ['now covers', 'no longer covers'],
  data: ['now holds data', 'no longer holds data'],
  mitigations: ['mitigation added:', 'mitigation removed:'],
};
const AUDIENCE = ['internal', 'partners', 'external'];

export function messageOf(d: Draft): string {
  switch (d.change) {
    case 'added':
      return added(d);
    case 'removed':
      return removed(d);
    case 'moved':
      return `moved from ${d.before} to ${d.after}`;
    case 'changed':
      return changed(d);
  }
}

function added(d: Draft): string {
  switch (d.kind) {
    case 'strategy':
      return `new strategy${named(d.label)}`;
    case 'conversation':
      return d.label ? `new conversation, owned by ${d.label}` : 'new conversation, with no owner';
    case 'participant':
      return `now takes part in ${d.conversation}`;
    case 'review':
      return `${reviewName(d)} added${d.label ? ` (${d.label})` : ''}`;
    case 'problem':
      return firstClause(d.label ?? '');
    default:
      return `new ${NOUN[d.kind]}${d.conversation ? ` in ${d.conversation}` : ''}${named(d.label)}`;
  }
}

function removed(d: Draft): string {
  switch (d.kind) {
    case 'strategy':
      return `strategy removed${named(d.label)}`;
    case 'conversation':
      return 'conversation removed';
    case 'participant':
      return `no longer takes part in ${d.conversation}`;
    case 'review':
      return `${reviewName(d)} removed`;
    case 'problem':
      return `resolved: ${firstClause(d.label ?? '')}`;
    default:
      return `${NOUN[d.kind]} removed${d.conversation ? ` from ${d.conversation}` : ''}${named(d.label)}`;
  }
}

function changed(d: Draft): string {
  const field = d.field ?? '';
  const list = LIST_ENTRY[field];
  if (list && d.entry !== undefined)
    return d.after !== undefined ? `${list[0]} ${quoteIfSpaced(d.entry)}` : `${list[1]} ${quoteIfSpaced(d.entry)}`;
  const name = d.kind === 'review' && d.id === '' ? `strategy review ${field}` : (FIELD_NAME[field] ?? field);
  const { before, after } = d;
  if (before === undefined) return `${name} set to ${show(after)}`;
  if (after === undefined) return `${name} removed (was ${show(before)})`;
  switch (`${d.kind}.${field}`) {
    case 'liability.status':
      if (after === 'open') return `status back to open from ${before}`;
      break;
    case 'goal.due':
    case 'review.last':
      return `${name} moved from ${before} to ${after}`;
    case 'application.audience': {
      const b = AUDIENCE.indexOf(before);
      const a = AUDIENCE.indexOf(after);
      if (a >= 0 && b >= 0) return `audience ${a > b ? 'widened' : 'narrowed'} from ${before} to ${after}`;
      break;
    }
  }
  return `${name} changed from ${show(before)} to ${show(after)}`;
}

function reviewName(d: Draft): string {
  return d.id === '' ? 'strategy review' : 'review';
}

function named(label: string | undefined): string {
  return label ? `: ${label}` : '';
}

function show(v: string | undefined): string {
  return v === '' ? '""' : quoteIfSpaced(v ?? '');
}

function quoteIfSpaced(v: string): string {
  return /\s/.test(v) ? JSON.stringify(v) : v;
}

/** A diagnostic's message up to its advice ("X is Y; do Z" -> "x is Y"). */
export function firstClause(message: string): string {
  const clause = message.split('; ')[0].replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(clause) ? clause[0].toLowerCase() + clause.slice(1) : clause;
}
