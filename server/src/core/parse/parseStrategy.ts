/** Text -> YAML document -> plain tree with spans, plus the syntax problems the parser found. */
import { Alias, Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, Pair } from 'yaml';
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
  lineCounter: LineCounter;
  /** The first (and only checked) YAML document; undefined for an empty file. */
  document?: Document.Parsed;
  /** The tree of the first document; null when the document is empty. */
  root: TreeNode | null;
  syntaxErrors: SyntaxProblem[];
  /** Where a second document starts, if any. */
  extraDocument?: Span;
  /** Set when alias expansion went beyond MAX_ALIAS_NODES or nesting beyond MAX_DEPTH. */
  tooLarge?: 'alias' | 'depth';
}

class AliasLimit extends Error {
  constructor(readonly kind: 'alias' | 'depth') {
    super(kind);
  }
}

export function parseStrategyText(text: string): ParsedText {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: false,
    version: '1.2',
    schema: 'core',
    prettyErrors: false,
    merge: false,
  });
  const list = Array.isArray(docs) ? docs : [];
  const document = list[0];
  const syntaxErrors: SyntaxProblem[] = [];
  for (const err of document?.errors ?? []) {
    if (syntaxErrors.length >= MAX_SYNTAX_ERRORS) break;
    syntaxErrors.push({ message: cleanMessage(err.message), span: { start: err.pos[0], end: Math.max(err.pos[1], err.pos[0]) } });
  }
  let extraDocument: Span | undefined;
  if (list.length > 1) {
    const start = documentMarker(text, list[1].range[0]);
    extraDocument = { start, end: Math.min(text.length, start + 3) };
  }
  let root: TreeNode | null = null;
  let tooLarge: ParsedText['tooLarge'];
  if (document?.contents) {
    try {
      root = convert(document, document.contents, undefined, { count: 0, offset: 0 });
    } catch (e) {
      if (!(e instanceof AliasLimit)) throw e;
      tooLarge = e.kind;
      root = null;
    }
  }
  return { text, lineCounter, document, root, syntaxErrors, extraDocument, tooLarge };
}

function cleanMessage(message: string): string {
  let first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
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
}

function spanOf(node: { range?: [number, number, number] | null }, offset = 0): Span {
  const r = node.range;
  return r ? { start: r[0] + offset, end: r[1] + offset } : { start: offset, end: offset };
}

function convert(doc: Document, node: unknown, aliasSpan: Span | undefined, budget: Budget, depth = 0): TreeNode | null {
  if (aliasSpan && ++budget.count > MAX_ALIAS_NODES) throw new AliasLimit('alias');
  if (depth > MAX_DEPTH) throw new AliasLimit('depth');
  if (node === null || node === undefined) return null;
  if ((node as { anchor?: string }).anchor) budget.sawAlias = true;
  if (isAlias(node)) {
    budget.sawAlias = true;
    const target = (node as Alias).resolve(doc);
    if (!target) return null;
    return convert(doc, target, aliasSpan ?? spanOf(node as Alias, budget.offset), budget, depth + 1);
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
    for (const pair of node.items as Pair[]) {
      const keyNode = pair.key as { range?: [number, number, number] } | null;
      const key = keyText(pair.key);
      const keySpan = aliasSpan ?? (keyNode && keyNode.range ? spanOf(keyNode, budget.offset) : spanOf(node, budget.offset));
      const e: MapEntry = { key, keySpan, value: convert(doc, pair.value, aliasSpan, budget, depth + 1) };
      if (seen.has(key)) e.duplicate = true;
      seen.add(key);
      entries.push(e);
    }
    return { kind: 'map', span: aliasSpan ?? spanOf(node, budget.offset), entries };
  }
  return null;
}

function keyText(key: unknown): string {
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
  if (isAlias(key)) return String(key.source);
  return String(key ?? '');
}

/** Parses a block of the file on its own; spans are shifted by `offset`. */
export function parseBlock(text: string): Document.Parsed[] {
  return parseAllDocuments(text, { uniqueKeys: false, version: '1.2', schema: 'core', prettyErrors: false, merge: false }) as Document.Parsed[];
}

/** Converts a block parsed alone into the plain tree, or undefined when it used aliases or anchors. */
export function convertBlock(doc: Document, offset: number): TreeNode | null | undefined {
  const budget: Budget = { count: 0, offset };
  try {
    const root = convert(doc, doc.contents, undefined, budget);
    return budget.sawAlias ? undefined : root;
  } catch {
    return undefined;
  }
}
