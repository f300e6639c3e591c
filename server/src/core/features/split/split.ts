/**
 * "Split Strategy into Files": a one-file strategy -> a root whose `include` lists one part per
 * conversation (`conversations/<id>.strategy.yaml`, the layout of `strategy init --split`), every
 * comment kept. Pure and text-based: each conversation's lines (the comments above it, its key, its
 * value, the comments inside and just after it) are copied verbatim into its part under
 * `conversations:`, so indentation, quoting, block scalars and comments are untouched; the root keeps
 * every other line and gets `include:` where `conversations:` was.
 */
import { type Analysis, treeOf } from '../../analyze';
import type { MapEntry } from '../../parse/tree';
import type { Span } from '../../types';
import type { TextEdit } from '../types';
import { crossingAlias } from './aliases';
import { TextLines } from './lines';

export interface SplitPart {
  /** The conversation this part holds. */
  conversation: string;
  /** The part's path relative to the root's folder, `/`-separated. */
  path: string;
  text: string;
  /** The lines of the root's text it holds (from the start of the first to the end of the last). */
  source: Span;
}

export interface SplitPlan {
  /** The one edit of the root: its `conversations` block replaced by `include`. */
  root: TextEdit;
  /** In the original order of the conversations, which is the include order. */
  parts: SplitPart[];
}

export type SplitResult = { plan: SplitPlan } | { refused: string };

/** Where the parts go, relative to the root's folder. */
export const PARTS_FOLDER = 'conversations';

/** A conversation id that can name a file on every system. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Plans the split of the analysed file `analysis`, whose file name (no folder) is `rootName`; the
 * parts name it in their `part-of`. Refuses, with a sentence saying what to do, when the file is not
 * a one-file strategy with a block mapping of conversations that can be moved as they are.
 */
export function splitStrategy(analysis: Analysis, rootName: string): SplitResult {
  const root = treeOf(analysis);
  const refuse = (refused: string): SplitResult => ({ refused });
  if (analysis.syntaxErrors?.length) return refuse('The file has YAML syntax errors; fix them before splitting it.');
  if (analysis.parsed?.extraDocument)
    return refuse('The file holds more than one YAML document; move the second one out before splitting.');
  if (!root || root.kind !== 'map' || analysis.unchecked)
    return refuse('The file is not a strategy that can be checked; fix it before splitting it.');
  const keys = (name: string) => root.entries.filter((e) => e.key === name);
  if (keys('part-of').length) return refuse('This file is a part of another strategy; split its root instead.');
  if (keys('include').length)
    return refuse('This strategy already includes other files; only a one-file strategy can be split.');
  const found = keys('conversations');
  if (found.length > 1) return refuse('The file has two conversations keys; merge them first.');
  const block = found[0];
  const conversations = block?.value;
  if (!block || !conversations || conversations.kind !== 'map' || conversations.entries.length === 0) {
    return refuse('The file has no conversations to move into their own files.');
  }
  const text = analysis.text;
  const lines = new TextLines(text);
  if (text[conversations.span.start] === '{')
    return refuse(
      'The conversations are written in flow style ({ ... }); write them as a block mapping to split them.',
    );
  const keyLineRest = afterColon(text, block, lines);
  if (keyLineRest === undefined)
    return refuse(
      'The conversations key has something after its colon (an anchor or a tag); remove it before splitting.',
    );
  const entries = conversations.entries;
  const refusal = checkEntries(entries, text, lines);
  if (refusal) return refuse(refusal);

  const keyLine = lines.lineOf(block.keySpan.start);
  const slices = conversationSlices(entries, keyLine, lines, lines.column(block.keySpan.start));
  const alias = crossingAlias(
    analysis.parsed?.document,
    slices.map((s) => ({ start: lines.start(s.first), end: lines.end(s.last) })),
  );
  if (alias)
    return refuse(
      `The alias *${alias.name} on line ${lines.lineOf(alias.at) + 1} would end up in another file than its anchor &${alias.name}; write the value out before splitting.`,
    );

  const eol = lines.eol;
  const parts = slices.map(({ entry, first, last }): SplitPart => ({
    conversation: entry.key,
    path: `${PARTS_FOLDER}/${entry.key}.strategy.yaml`,
    text: [`part-of: ../${rootName}`, 'conversations:', ...lines.slice(first, last)].join(eol) + eol,
    source: { start: lines.start(first), end: lines.contentEnd(last) },
  }));
  const indent = ' '.repeat(lines.column(block.keySpan.start));
  const blockEnd = slices[slices.length - 1].last;
  const end = lines.end(blockEnd);
  const include = [`${indent}include:${keyLineRest}`, ...parts.map((p) => `${indent}  - ${p.path}`)].join(eol);
  const newText = include + (end > lines.contentEnd(blockEnd) ? eol : '');
  return { plan: { root: { span: { start: lines.start(keyLine), end }, newText }, parts } };
}

interface Slice {
  entry: MapEntry;
  /** The first and last line (0-based, inclusive) that go into the part. */
  first: number;
  last: number;
}

/**
 * Each conversation's lines: from the first non-blank line after the previous one (so the comments
 * above it come along) to the end of its value, then the comment lines after it that are indented
 * deeper than its key (inside it); the last one takes those indented deeper than the top level.
 */
function conversationSlices(
  entries: readonly MapEntry[],
  keyLine: number,
  lines: TextLines,
  topColumn: number,
): Slice[] {
  const slices: Slice[] = [];
  let previous = keyLine;
  entries.forEach((entry, i) => {
    let first = previous + 1;
    const key = lines.lineOf(entry.keySpan.start);
    while (first < key && lines.isBlank(first)) first++;
    const valueEnd = Math.max(key, lines.lineOf(lastOffset(entry)));
    const deeperThan = i === entries.length - 1 ? topColumn : lines.column(entry.keySpan.start);
    const last = trailingComments(
      lines,
      valueEnd,
      deeperThan,
      i + 1 < entries.length ? lines.lineOf(entries[i + 1].keySpan.start) : lines.count,
    );
    slices.push({ entry, first, last });
    previous = last;
  });
  return slices;
}

/** The last line of the comments after line `from` (blank lines between) indented deeper than `column`, before line `limit`. */
function trailingComments(lines: TextLines, from: number, column: number, limit: number): number {
  let last = from;
  for (let line = from + 1; line < limit; line++) {
    if (lines.isBlank(line)) continue;
    if (!lines.isComment(line) || lines.indentation(line) <= column) break;
    last = line;
  }
  return last;
}

/** The offset of the last character of an entry (its key when it has no value). */
function lastOffset(entry: MapEntry): number {
  const end = Math.max(entry.keySpan.end, entry.value?.span.end ?? 0);
  return Math.max(entry.keySpan.start, end - 1);
}

/** Why these conversations cannot be moved one per file, if they cannot. */
function checkEntries(entries: readonly MapEntry[], text: string, lines: TextLines): string | undefined {
  const names = new Set<string>();
  let previousLine = -1;
  for (const e of entries) {
    if (e.duplicate) return `The conversation ${e.key} is written twice; merge the two before splitting.`;
    if (!SAFE_NAME.test(e.key))
      return `The conversation key "${e.key}" cannot name a file; rename it to one of the six conversations first.`;
    const lower = e.key.toLowerCase();
    if (names.has(lower))
      return `Two conversations, ${e.key} and another, differ only by case and would need the same file; rename one first.`;
    names.add(lower);
    const line = lines.lineOf(e.keySpan.start);
    if (line === previousLine || !lines.startsAt(line, e.keySpan.start, text)) {
      return `The conversation ${e.key} does not start its own line; put each conversation on its own lines before splitting.`;
    }
    previousLine = lines.lineOf(lastOffset(e));
  }
  return undefined;
}

/**
 * What follows `conversations:` on its line: '' or a comment (kept on the `include:` line), or
 * undefined when something else is there (an anchor, a tag).
 */
function afterColon(text: string, block: MapEntry, lines: TextLines): string | undefined {
  const line = lines.lineOf(block.keySpan.start);
  const rest = text.slice(block.keySpan.end, lines.contentEnd(line));
  const m = /^\s*:(\s*(#.*)?)$/.exec(rest);
  if (!m) return undefined;
  return m[2] ? m[1].trimEnd() : '';
}

/** The root's text after the split (tests, previews of the edit). */
export function applySplit(text: string, plan: SplitPlan): string {
  return text.slice(0, plan.root.span.start) + plan.root.newText + text.slice(plan.root.span.end);
}
