/** Marks on the page: the class of a marked element and the before/after of its changed fields. Every string escaped. */
import { chip, esc, type Tone } from '../html';
import type { ItemMark } from './marks';

/** The mark's class name (`added`, `removed`, `changed`), for cls(). */
export function markClass(mark: ItemMark | undefined): string | undefined {
  return mark?.change;
}

const MARK_TONES: Record<ItemMark['change'], Tone> = { added: 'good', changed: 'warn', removed: 'bad' };

/** The mark in a word (`added`, `changed`, `removed`): the coloured edge is never the only sign. */
export function markChip(mark: ItemMark | undefined): string {
  return mark ? chip(mark.change, MARK_TONES[mark.change], 'mark') : '';
}

/** What changed in a `changed` item: one line per field, the old value struck through, the new one inserted. */
export function markDetails(mark: ItemMark | undefined): string {
  if (!mark || mark.change !== 'changed' || !mark.fields.length) return '';
  const rows = mark.fields.map((f) => {
    const before = f.before === undefined ? '' : `<del class="before">${esc(f.before)}</del>`;
    const after = f.after === undefined ? '' : `<ins class="after">${esc(f.after)}</ins>`;
    const arrow = before && after ? ' <span class="arrow">→</span> ' : ' ';
    return `<li><span class="change-field">${esc(f.field)}</span> ${before}${arrow}${after}</li>`;
  });
  return `<ul class="change-detail">${rows.join('')}</ul>`;
}

/**
 * A fragment drawn from the base side: its source lines are the base revision's, which mean nothing
 * in the editor's text, so its `data-line` attributes go (ids stay). Attribute values are escaped,
 * so `data-line="N"` can only be an attribute the renderer wrote.
 */
export function withoutLines(html: string): string {
  return html.replace(/ data-line="\d+"/g, '');
}
