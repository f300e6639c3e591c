/**
 * Edits that add a key to a mapping or an item to a sequence, in the style the file already uses
 * (block lines at the siblings' column, or `, item` inside a flow collection). They are computed
 * from the text and the tree's spans and never re-stringify the document.
 */
import { commentStart } from '../cursor/lines';
import type { MapEntry, TreeNode } from '../../parse/tree';
import type { TextEdit } from '../types';
import { columnOf, contentEnd, eolOf, insertLinesAfter, isBlockKey, lineEndOf, spaces } from './text';

type MapNode = Extract<TreeNode, { kind: 'map' }>;
type SeqNode = Extract<TreeNode, { kind: 'seq' }>;

export function isFlow(text: string, node: TreeNode): boolean {
  return text[node.span.start] === '{' || text[node.span.start] === '[';
}

/** Column of a block mapping's keys. */
export function childColumn(text: string, map: MapNode): number {
  return map.entries.length ? columnOf(text, map.entries[0].keySpan.start) : columnOf(text, map.span.start);
}

/** Inserts `line` (a `key: value`) as the mapping's first key. */
export function insertFirstKey(text: string, map: MapNode, line: string): TextEdit | undefined {
  if (isFlow(text, map)) {
    if (!map.entries.length) return { span: map.span, newText: `{ ${line} }` };
    return { span: at(map.entries[0].keySpan.start), newText: `${line}, ` };
  }
  const first = map.entries[0];
  if (!first || !isBlockKey(text, first.keySpan.start)) return undefined;
  return {
    span: at(first.keySpan.start),
    newText: `${line}${eolOf(text)}${spaces(columnOf(text, first.keySpan.start))}`,
  };
}

/** Adds lines (the first a `key:`) after the mapping's last entry, or after `after` when given. */
export function insertKeyLines(
  text: string,
  map: MapNode,
  lines: readonly string[],
  after?: MapEntry,
): TextEdit | undefined {
  const last = after ?? map.entries[map.entries.length - 1];
  if (!last) return undefined;
  const end = contentEnd(text, last.value?.span ?? last.keySpan);
  if (isFlow(text, map)) {
    if (lines.length !== 1) return undefined;
    return { span: at(end), newText: `, ${lines[0]}` };
  }
  if (!isBlockKey(text, map.entries[0].keySpan.start)) return undefined;
  const col = childColumn(text, map);
  return insertLinesAfter(
    text,
    end - 1,
    lines.map((l) => spaces(col) + l),
  );
}

/**
 * Gives an empty entry (`key:`, `key: null`, `key: ~`) a value: inline text on its line, or block
 * lines below it at `childCol`. A comment on the key's line stays where it is.
 */
export function fillEmpty(
  text: string,
  e: MapEntry,
  value: { inline: string } | { lines: readonly string[]; childCol: number },
): TextEdit[] | undefined {
  if (e.value !== null || !isBlockKey(text, e.keySpan.start)) return undefined;
  const colon = text.indexOf(':', e.keySpan.end);
  const lineEnd = lineEndOf(text, e.keySpan.start);
  if (colon < 0 || colon >= lineEnd) return undefined;
  const rest = text.slice(colon + 1, lineEnd);
  const c = commentStart(rest);
  const before = c < 0 ? rest : rest.slice(0, c);
  const token = before.trim();
  const tokenStart = colon + 1 + (before.length - before.trimStart().length);
  if ('inline' in value) {
    if (token) return [{ span: { start: tokenStart, end: tokenStart + token.length }, newText: value.inline }];
    return [{ span: at(colon + 1), newText: ` ${value.inline}${c === 0 ? ' ' : ''}` }];
  }
  const edits: TextEdit[] = [];
  if (token) edits.push({ span: { start: colon + 1, end: tokenStart + token.length }, newText: '' });
  const eol = eolOf(text);
  edits.push({ span: at(lineEnd), newText: value.lines.map((l) => eol + spaces(value.childCol) + l).join('') });
  return edits;
}

/** Appends an item (lines: the first after `- `, the others below it) to a sequence. */
export function appendItem(text: string, seq: SeqNode, lines: readonly string[]): TextEdit | undefined {
  const items = seq.items.filter((i): i is TreeNode => i !== null);
  if (text[seq.span.start] === '[') {
    if (lines.length !== 1) return undefined;
    const last = items[items.length - 1];
    if (!last) return { span: { start: seq.span.start, end: contentEnd(text, seq.span) }, newText: `[${lines[0]}]` };
    return { span: at(contentEnd(text, last.span)), newText: `, ${lines[0]}` };
  }
  if (text[seq.span.start] !== '-' || !isBlockKey(text, seq.span.start)) return undefined;
  const dash = columnOf(text, seq.span.start);
  const out = lines.map((l, i) => (i === 0 ? `${spaces(dash)}- ${l}` : `${spaces(dash + 2)}${l}`));
  return insertLinesAfter(text, contentEnd(text, seq.span) - 1, out);
}

function at(offset: number) {
  return { start: offset, end: offset };
}
