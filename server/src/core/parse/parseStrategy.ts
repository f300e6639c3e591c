/** Text -> YAML document -> plain tree with spans, plus the syntax problems the parser found. */
import { Document, isAlias, isMap, isScalar, isSeq } from 'yaml';
import { parseDocumentsGuarded } from './nesting';
import { quickTree } from './quickTree';
import type { Span } from '../types';
import type { MapEntry, TreeNode } from './tree';

export const MAX_ALIAS_NODES = 10_000;
export const MAX_SYNTAX_ERRORS = 20;
export const MAX_DEPTH = 1000;

export interface SyntaxProblem {
  message: string;
  span: Span;
}

export interface ParsedText {
  text: string;
  /** The first (and only checked) YAML document; undefined for an empty file. */
  document?: Document.Parsed;
  /** The tree of the first document; null when the document is empty. */
  root: TreeNode | null;
  syntaxErrors: SyntaxProblem[];
  /** Where a second document starts, if any. */
  extraDocument?: Span;
  /** Set when alias expansion went beyond MAX_ALIAS_NODES or nesting beyond MAX_DEPTH (or MAX_NESTING). */
  tooLarge?: 'alias' | 'depth';
  /** Where the document nests deeper than MAX_NESTING (it was not composed: no syntax errors, no tree). */
  deepAt?: number;
}

class AliasLimit extends Error {
  constructor(readonly kind: 'alias' | 'depth') {
    super(kind);
  }
}

/**
 * The fast reader's tree when it can read the text (most strategy files), else the yaml path. The
 * yaml document, which few features need (moving a conversation to its own file), is parsed the
 * first time it is asked for.
 */
export function readStrategyText(text: string): ParsedText {
  const root = quickTree(text);
  if (root === undefined) return parseStrategyText(text);
  let full: ParsedText | undefined;
  const result = { text, root, syntaxErrors: [] } as ParsedText;
  Object.defineProperty(result, 'document', {
    configurable: true,
    enumerable: false,
    get: () => (full ??= parseStrategyText(text)).document,
  });
  return result;
}

/** Text -> YAML document -> tree with `yaml`, for any text (the fast reader's fallback). */
export function parseStrategyText(text: string): ParsedText {
  const { documents: list, deepAt, skippedAt } = parseDocumentsGuarded<Document.Parsed>(text, PARSE_OPTIONS);
  const document = list[0];
  const syntaxErrors: SyntaxProblem[] = [];
  for (const err of document?.errors ?? []) {
    if (syntaxErrors.length >= MAX_SYNTAX_ERRORS) break;
    syntaxErrors.push({
      message: cleanMessage(err.message),
      span: { start: err.pos[0], end: Math.max(err.pos[1], err.pos[0]) },
    });
  }
  let extraDocument: Span | undefined;
  const second = list.length > 1 ? list[1].range[0] : skippedAt;
  if (second !== undefined) {
    const start = documentMarker(text, second);
    extraDocument = { start, end: Math.min(text.length, start + 3) };
  }
  let root: TreeNode | null = null;
  let tooLarge: ParsedText['tooLarge'] = deepAt === undefined ? undefined : 'depth';
  if (document?.contents) {
    try {
      root = convert(document, document.contents, undefined, { count: 0, offset: 0, source: text });
    } catch (e) {
      if (!(e instanceof AliasLimit)) throw e;
      tooLarge = e.kind;
      root = null;
    }
  }
  const parsed: ParsedText = { text, document, root, syntaxErrors, extraDocument, tooLarge };
  if (deepAt !== undefined) parsed.deepAt = deepAt;
  return parsed;
}

const PARSE_OPTIONS = { uniqueKeys: false, version: '1.2', schema: 'core', prettyErrors: false, merge: false } as const;

function cleanMessage(message: string): string {
  let first = message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
  first = first.replace(/"([^"]{60})[^"]{4,}"/g, '"$1…"');
  return first.endsWith('.') ? first : `${first}.`;
}

/** The offset of the `---` that opens a document starting around `from`. */
function documentMarker(text: string, from: number): number {
  const idx = text.lastIndexOf('---', from + 3);
  return idx >= 0 ? idx : from;
}

interface Budget {
  count: number;
  /** Added to every span: the offset of the parsed text inside the file. */
  offset: number;
  /** Set when an alias or anchor was met (a block parsed alone cannot resolve them). */
  sawAlias?: boolean;
  /** The text the node ranges index into (the file, or the block parsed alone). */
  source?: string;
}

function spanOf(node: { range?: [number, number, number] | null }, offset = 0): Span {
  const r = node.range;
  return r ? { start: r[0] + offset, end: r[1] + offset } : { start: offset, end: offset };
}

function convert(
  doc: Document,
  node: unknown,
  aliasSpan: Span | undefined,
  budget: Budget,
  depth = 0,
): TreeNode | null {
  if (aliasSpan && ++budget.count > MAX_ALIAS_NODES) throw new AliasLimit('alias');
  if (depth > MAX_DEPTH) throw new AliasLimit('depth');
  if (node === null || node === undefined) return null;
  if ((node as { anchor?: string }).anchor) budget.sawAlias = true;
  if (isAlias(node)) {
    budget.sawAlias = true;
    const target = node.resolve(doc);
    if (!target) return null;
    return convert(doc, target, aliasSpan ?? spanOf(node, budget.offset), budget, depth + 1);
  }
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return null;
    const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
    return { kind: 'scalar', span: aliasSpan ?? spanOf(node, budget.offset), value };
  }
  if (isSeq(node)) {
    const items = node.items.map((i) => convert(doc, i, aliasSpan, budget, depth + 1));
    return { kind: 'seq', span: aliasSpan ?? spanOf(node, budget.offset), items };
  }
  if (isMap(node)) {
    const entries: MapEntry[] = [];
    const seen = new Set<string>();
    for (const pair of node.items) {
      const keyNode = pair.key as { range?: [number, number, number] } | null;
      const key = keyText(pair.key);
      const keySpan =
        aliasSpan ?? (keyNode && keyNode.range ? keySpanOf(keyNode.range, budget) : spanOf(node, budget.offset));
      const e: MapEntry = { key, keySpan, value: convert(doc, pair.value, aliasSpan, budget, depth + 1) };
      if (seen.has(key)) e.duplicate = true;
      seen.add(key);
      entries.push(e);
    }
    return { kind: 'map', span: aliasSpan ?? spanOf(node, budget.offset), entries };
  }
  return null;
}

/**
 * An empty key (`: value`) gets yaml's range for an empty node, which starts before the blank and
 * comment lines above the pair: its span is the `:` (or `?`) that opens the pair instead, so that a
 * diagnostic lands on the pair's line and a suppression comment above it covers it.
 */
function keySpanOf(range: [number, number, number], budget: Budget): Span {
  const [start, end] = range;
  const source = budget.source;
  if (start !== end || !source) return { start: start + budget.offset, end: end + budget.offset };
  let i = start;
  while (i < source.length) {
    const c = source[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') i++;
    else if (c === '#') {
      const nl = source.indexOf('\n', i);
      if (nl < 0) break;
      i = nl + 1;
    } else {
      if (c === ':' || c === '?') return { start: i + budget.offset, end: i + budget.offset };
      break;
    }
  }
  return { start: start + budget.offset, end: end + budget.offset };
}

function keyText(key: unknown): string {
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
  if (isAlias(key)) return String(key.source);
  return String(key ?? '');
}

/** Parses a block of the file on its own; spans are shifted by `offset`. */
export function parseBlock(text: string): Document.Parsed[] {
  const { documents, deepAt, skippedAt } = parseDocumentsGuarded<Document.Parsed>(text, PARSE_OPTIONS);
  // A block nested too deeply (or followed by one) is left to the full analysis, which reports it.
  return deepAt === undefined && skippedAt === undefined ? documents : [];
}

/** Converts a block parsed alone into the plain tree, or undefined when it used aliases or anchors. */
export function convertBlock(doc: Document, offset: number, source?: string): TreeNode | null | undefined {
  const budget: Budget = { count: 0, offset, source };
  try {
    const root = convert(doc, doc.contents, undefined, budget);
    return budget.sawAlias ? undefined : root;
  } catch {
    return undefined;
  }
}
