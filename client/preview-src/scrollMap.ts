/**
 * Source lines <-> vertical offsets of the preview page, from the elements that carry a `data-line`
 * (the header's and the conversations'): between two such elements, lines map linearly.
 */

export interface SyncEntry {
  line: number;
  /** The element's top, in page coordinates. */
  top: number;
}

/** The visible elements of the header and the conversations with their source lines. */
export function syncEntries(): SyncEntry[] {
  const nodes = document.querySelectorAll('.hero [data-line], #conversations [data-line]');
  const list: SyncEntry[] = [];
  const y = window.scrollY;
  for (const node of Array.from(nodes)) {
    const line = Number(node.getAttribute('data-line'));
    if (!Number.isFinite(line)) continue;
    const rect = node.getBoundingClientRect();
    if (rect.height === 0 && rect.width === 0) continue;
    list.push({ line, top: rect.top + y });
  }
  return list;
}

/** The page offset of a source line: its element's, or between the elements of the nearest lines. */
export function offsetForLine(entries: readonly SyncEntry[], line: number): number {
  let prev: SyncEntry | undefined;
  let next: SyncEntry | undefined;
  for (const e of entries) {
    if (e.line <= line && (!prev || e.line > prev.line)) prev = e;
    if (e.line > line && (!next || e.line < next.line)) next = e;
  }
  if (!prev) return 0;
  if (next && next.top > prev.top && next.line > prev.line) {
    return prev.top + ((line - prev.line) / (next.line - prev.line)) * (next.top - prev.top);
  }
  return prev.top;
}

/** The source line at a page offset (the inverse of offsetForLine). */
export function lineAtOffset(entries: readonly SyncEntry[], y: number): number {
  const sorted = [...entries].sort((a, b) => a.top - b.top || a.line - b.line);
  let at = -1;
  for (let i = 0; i < sorted.length; i++) if (sorted[i].top <= y + 1) at = i;
  if (at < 0) return sorted.length ? sorted[0].line : 0;
  const cur = sorted[at];
  const nxt = sorted[at + 1];
  if (nxt && nxt.line > cur.line && nxt.top > cur.top) {
    return Math.floor(cur.line + ((y - cur.top) / (nxt.top - cur.top)) * (nxt.line - cur.line));
  }
  return cur.line;
}
