/** Small HTML builders shared by the sections. Every file string passes through escapeHtml/escapeAttr. */
import { escapeAttr, escapeHtml } from './escape';
import { reviewLabel } from './reviewView';
import type { ReviewView, RoleRef } from './viewTypes';

export type Tone = 'good' | 'warn' | 'bad' | 'info' | 'accent' | 'neutral' | 'muted';

export const esc = escapeHtml;

/** ` data-line="N" data-id="ID"` for an item drawn from the file (the id only when it has one). */
export function src(line: number | undefined, id?: string): string {
  let out = line === undefined ? '' : ` data-line="${line}"`;
  if (id !== undefined) out += ` data-id="${escapeAttr(id)}"`;
  return out;
}

/** A class attribute from the truthy names. */
export function cls(...names: (string | false | undefined)[]): string {
  const list = names.filter(Boolean);
  return list.length ? ` class="${escapeAttr(list.join(' '))}"` : '';
}

export function chip(text: string, tone: Tone, extra?: string): string {
  return `<span${cls('chip', `chip-${tone}`, extra)}>${esc(text)}</span>`;
}

const GOAL_TONES: Record<string, Tone> = { planned: 'neutral', active: 'info', done: 'good', dropped: 'muted' };
const LIABILITY_TONES: Record<string, Tone> = { open: 'warn', mitigated: 'good', accepted: 'accent' };
const REVIEW_TONES: Record<ReviewView['state'], Tone> = {
  overdue: 'bad',
  'due-soon': 'warn',
  'on-track': 'good',
  invalid: 'bad',
  missing: 'muted',
};

export function goalStatusChip(status: string): string {
  return chip(status, GOAL_TONES[status] ?? 'neutral', 'status');
}

export function liabilityStatusChip(status: string): string {
  return chip(status, LIABILITY_TONES[status] ?? 'neutral', 'status');
}

export function reviewChip(review: ReviewView, line?: number): string {
  const tone = REVIEW_TONES[review.state];
  const label =
    review.inherited && review.state !== 'missing' ? `${reviewLabel(review)} (strategy rhythm)` : reviewLabel(review);
  return `<span${cls('chip', `chip-${tone}`, 'review', review.state === 'overdue' && 'overdue')}${src(line)}>${esc(label)}</span>`;
}

/** "Chief Marketing Officer" with its id and function (compact: the title alone); unknown roles say so. */
export function roleName(r: RoleRef, compact = false): string {
  if (!r.title)
    return `<span class="role unknown"${src(r.line, r.id)}><span class="role-title">${esc(r.id)}</span> ${chip('unknown role', 'bad')}</span>`;
  if (compact)
    return `<span class="role compact"${src(r.line, r.id)} title="${esc(r.id)}"><span class="role-title">${esc(r.title)}</span></span>`;
  const fn = r.function ? `<span class="role-fn">${esc(r.function)}</span>` : '';
  return `<span class="role"${src(r.line, r.id)}><span class="role-title">${esc(r.title)}</span> <span class="role-id">${esc(r.id)}</span>${fn}</span>`;
}

/** A value that may be absent: the text, or a muted dash. */
export function maybe(text: string | undefined, fallback = '—'): string {
  return text === undefined ? `<span class="muted">${esc(fallback)}</span>` : esc(text);
}

/**
 * A table in its scrolling frame: a named region that takes the focus, so that a keyboard can scroll
 * a table wider than the page (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function tableWrap(label: string, table: string): string {
  return `<div class="table-wrap" role="region" aria-label="${escapeAttr(label)}" tabindex="0">${table}</div>`;
}

/** A symbol the eye reads (✓, ●) and the words a screen reader says instead. */
export function symbol(glyph: string, words: string, className: string): string {
  return `<span class="${escapeAttr(className)}" aria-hidden="true">${esc(glyph)}</span><span class="sr-only">${esc(words)}</span>`;
}

export function section(id: string, title: string, lead: string, body: string): string {
  return `<section class="section" id="${escapeAttr(id)}">
<div class="section-head"><h2>${esc(title)}</h2><p class="lead">${esc(lead)}</p></div>
${body}
</section>`;
}
