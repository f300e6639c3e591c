/**
 * Re-analysis that re-parses only the top-level blocks an edit touched (the header keys, `roles`, or
 * one conversation), with the fast reader (else yaml). Unchanged blocks keep their tree and their
 * schema findings; the rules, which are cheap, run on the whole model. Any layout the block splitter
 * is unsure of, any block with a syntax error, an alias or an anchor, and a key given twice fall back
 * to a full `analyze`.
 */
import { analyze, checkRules, type Analysis, type AnalyzeHooks } from '../analyze';
import { localToday } from '../dates';
import { convertBlock, parseBlock, readStrategyText, type ParsedText } from '../parse/parseStrategy';
import { quickTree } from '../parse/quickTree';
import type { MapEntry, TreeNode } from '../parse/tree';
import { collectTreeProblems } from '../parse/treeProblems';
import { LineIndex } from '../lines';
import { lineZero as firstLine, schemaProblem } from '../problems';
import { mapSchemaErrors } from '../schema/mapErrors';
import { oversize } from '../size';
import { DEFAULT_MAX_FILE_SIZE, type AnalyzeOptions, type Problem, type Span } from '../types';
import { splitBlocks, type Block } from './blocks';
import { shiftEntry, shiftProblems } from './shift';
import { blockSchemaErrors, headerSchemaErrors } from './blockSchema';

/** What is kept of a block while its text is unchanged: its tree and own problems, at the offset they were made at. */
interface ParsedBlock {
  offset: number;
  /** The file's first line when the problems were found (where the schema puts a finding without a span). */
  lineZero: Span;
  entry: MapEntry;
  problems: Problem[];
}

export class IncrementalAnalyzer {
  private cache = new Map<string, ParsedBlock>();
  /** How the last call went, for tests and benchmarks. */
  lastRun: { mode: 'incremental' | 'full'; reparsed: number; reused: number } = {
    mode: 'full',
    reparsed: 0,
    reused: 0,
  };

  analyze(text: string, file: string, options: AnalyzeOptions = {}, hooks: AnalyzeHooks = {}): Analysis {
    const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const layout = oversize(text, limit) === undefined ? splitBlocks(text) : undefined;
    const result = layout && this.tryBlocks(text, file, layout.blocks, layout.conversationsHead, options, hooks);
    if (result) return result;
    this.cache.clear();
    this.lastRun = { mode: 'full', reparsed: 1, reused: 0 };
    return analyze(text, file, options, hooks);
  }

  private tryBlocks(
    text: string,
    file: string,
    blocks: Block[],
    head: { start: number; keyEnd: number } | undefined,
    options: AnalyzeOptions,
    hooks: AnalyzeHooks,
  ): Analysis | undefined {
    const next = new Map<string, ParsedBlock>();
    const lineZero = firstLine(text);
    let reparsed = 0;
    const top: MapEntry[] = [];
    const conversations: MapEntry[] = [];
    const problems: Problem[] = [];
    for (const block of blocks) {
      const source = text.slice(block.start, block.end);
      const cacheKey = `${block.kind}\u0000${source}`;
      // The same block twice is a key given twice: the full analysis reports it (see givenTwice below).
      if (next.has(cacheKey)) return undefined;
      let parsed = this.cache.get(cacheKey);
      if (!parsed) {
        reparsed++;
        const tree = readBlock(source, block.start);
        if (!tree || tree.kind !== 'map' || tree.entries.length !== 1) return undefined;
        const entry = tree.entries[0];
        const own = collectTreeProblems(entry.value).map((p) => schemaProblem(p.span, p.message));
        if (checkedApart(block.kind, entry)) {
          const rootLike: TreeNode = wrap(block.kind, entry, head);
          for (const f of mapSchemaErrors(blockSchemaErrors(block.kind, entry), rootLike, lineZero))
            own.push(schemaProblem(f.span, f.message, f.data));
        }
        parsed = { offset: block.start, lineZero, entry, problems: own };
      } else if (parsed.offset !== block.start || parsed.lineZero.end !== lineZero.end) {
        // Only moved: shift the tree and problems instead of converting and validating again.
        const delta = block.start - parsed.offset;
        parsed = {
          offset: block.start,
          lineZero,
          entry: delta ? shiftEntry(parsed.entry, delta) : parsed.entry,
          problems: shiftProblems(parsed.problems, delta, parsed.lineZero, lineZero),
        };
      }
      next.set(cacheKey, parsed);
      (block.kind === 'conversation' ? conversations : top).push(parsed.entry);
      for (const p of parsed.problems) problems.push(p); // no spread: a block may have 100k problems
    }
    this.cache = next;
    this.lastRun = { mode: 'incremental', reparsed, reused: blocks.length - reparsed };

    if (head) {
      const value: TreeNode | null = conversations.length
        ? {
            kind: 'map',
            span: { start: conversations[0].keySpan.start, end: text.length },
            entries: conversations,
          }
        : null;
      top.push({ key: 'conversations', keySpan: { start: head.start, end: head.keyEnd }, value });
    }
    top.sort((a, b) => a.keySpan.start - b.keySpan.start);
    // A conversation or top-level key given twice: the full analysis reports it and checks only the
    // first value (the schema sees that one); checked block by block, the second would be checked too.
    if (givenTwice(top) || givenTwice(conversations)) return undefined;
    const root: TreeNode = {
      kind: 'map',
      span: { start: top[0]?.keySpan.start ?? 0, end: text.length },
      entries: top,
    };
    const apart = new Set(top.filter((e) => checkedApart('top', e)).map((e) => e.key));
    if (head) apart.add('conversations');
    for (const f of mapSchemaErrors(headerSchemaErrors(root, apart), root, lineZero))
      problems.push(schemaProblem(f.span, f.message, f.data));

    const analysis = checkRules(
      { file, text, problems, root, lineZero, today: options.today ?? localToday() },
      options,
      hooks,
      new LineIndex(text),
    );
    return withLazyParse(analysis, text);
  }
}

/**
 * The tree of one block (spans from `offset`): the fast reader's, else yaml's; undefined when yaml
 * finds a problem in it (a syntax error, an alias, more than one document): the full analysis reports it.
 */
function readBlock(source: string, offset: number): TreeNode | null | undefined {
  const quick = quickTree(source, offset);
  if (quick !== undefined) return quick;
  const docs = parseBlock(source);
  const doc = docs[0];
  if (docs.length !== 1 || !doc || doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return convertBlock(doc, offset, source);
}

/** Blocks whose schema errors are found on their own: each conversation, and `roles` when a mapping. */
function checkedApart(kind: Block['kind'], entry: MapEntry): boolean {
  if (kind === 'conversation') return true;
  return entry.key === 'roles' && entry.value?.kind === 'map';
}

/** A root holding just this block, so that schema error paths resolve against it. */
function wrap(kind: Block['kind'], entry: MapEntry, head: { start: number; keyEnd: number } | undefined): TreeNode {
  if (kind === 'top') return { kind: 'map', span: entry.keySpan, entries: [entry] };
  const conv: MapEntry = {
    key: 'conversations',
    keySpan: head ? { start: head.start, end: head.keyEnd } : entry.keySpan,
    value: { kind: 'map', span: entry.keySpan, entries: [entry] },
  };
  return { kind: 'map', span: entry.keySpan, entries: [conv] };
}

function givenTwice(entries: readonly MapEntry[]): boolean {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.key)) return true;
    seen.add(e.key);
  }
  return false;
}

/** The full parse is computed only when a feature asks for it, once per analysis. */
function withLazyParse(analysis: Analysis, text: string): Analysis {
  let parsed: ParsedText | undefined;
  Object.defineProperty(analysis, 'parsed', {
    configurable: true,
    enumerable: false,
    get: () => (parsed ??= readStrategyText(text)),
  });
  return analysis;
}
