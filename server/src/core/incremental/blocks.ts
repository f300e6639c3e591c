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

interface Line {
  start: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    out.push({ start, text: text.slice(start, nl).replace(/\r$/, '') });
    start = nl + 1;
  }
  return out;
}

const isBlankOrComment = (l: string) => /^[ \t]*(#.*)?$/.test(l);

export function splitBlocks(text: string): BlockLayout | undefined {
  const all = lines(text);
  const layout: BlockLayout = { blocks: [] };
  let current: Block | undefined;
  let conv: { indent: number } | undefined;
  for (const line of all) {
    const t = line.text;
    if (isBlankOrComment(t)) continue;
    if (t[0] !== ' ') {
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
    if (!conv) {
      if (!current) return undefined;
      continue;
    }
    const indent = t.length - t.trimStart().length;
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
