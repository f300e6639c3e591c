/**
 * Splits a strategy file into its top-level blocks (each top-level key, and each conversation under
 * `conversations:`) by looking at indentation only. Returns undefined for any layout it is not sure
 * of (flow style at the top, document markers, odd indentation): the caller then parses the whole file.
 */

export interface Block {
  /** `top`: a top-level key with its value; `conversation`: one entry under `conversations:`. */
  kind: 'top' | 'conversation';
  key: string;
  start: number;
  end: number;
}

export interface BlockLayout {
  blocks: Block[];
  /** The `conversations:` line when its entries were split into conversation blocks. */
  conversationsHead?: { start: number; keyEnd: number };
}

const TOP_KEY = /^([A-Za-z0-9_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]|$)/;
const NESTED_KEY = /^( +)([A-Za-z0-9_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]|$)/;
const EMPTY_VALUE = /^conversations[ \t]*:[ \t]*(#.*)?$/;

/** A line that starts something (neither blank nor a comment): where it starts and its indentation. */
interface ContentLine {
  start: number;
  indent: number;
  end: number;
}

function* contentLines(text: string): Generator<ContentLine> {
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    let i = start;
    while (i < nl && text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    if (
      i < nl &&
      c !== 35 /* # */ &&
      !(c === 13 && i + 1 === nl) &&
      !(c === 9 && /^[ \t]*\r?$/.test(text.slice(i, nl)))
    ) {
      yield { start, indent: i - start, end: nl };
    }
    start = nl + 1;
  }
}

export function splitBlocks(text: string): BlockLayout | undefined {
  // A CR ends a line only before a LF (CRLF): a last line ending in a lone CR is read otherwise by yaml.
  if (text.endsWith('\r')) return undefined;
  const layout: BlockLayout = { blocks: [] };
  let current: Block | undefined;
  let conv: { indent: number } | undefined;
  for (const line of contentLines(text)) {
    // Lines deeper than a conversation key (most of the file) are passed over without reading them.
    if (line.indent > 0 && (!conv || (conv.indent >= 0 && line.indent > conv.indent))) {
      if (!current && !conv) return undefined;
      continue;
    }
    const t = text.slice(line.start, Math.min(line.end, line.start + line.indent + 120)).replace(/\r$/, '');
    if (line.indent === 0) {
      const m = TOP_KEY.exec(t);
      if (!m) return undefined;
      if (current) current.end = line.start;
      current = undefined;
      conv = undefined;
      if (m[1] === 'conversations' && EMPTY_VALUE.test(t) && !layout.conversationsHead) {
        layout.conversationsHead = { start: line.start, keyEnd: line.start + 'conversations'.length };
        conv = { indent: -1 };
        continue;
      }
      current = { kind: 'top', key: m[1], start: line.start, end: text.length };
      layout.blocks.push(current);
      continue;
    }
    if (!conv) return undefined;
    const indent = line.indent;
    if (conv.indent < 0) conv.indent = indent;
    if (indent < conv.indent) return undefined;
    if (indent > conv.indent) {
      if (!current) return undefined;
      continue;
    }
    const m = NESTED_KEY.exec(t);
    if (!m) return undefined;
    if (current) current.end = line.start;
    current = { kind: 'conversation', key: m[2], start: line.start, end: text.length };
    layout.blocks.push(current);
  }
  return layout.blocks.length || layout.conversationsHead ? layout : undefined;
}
