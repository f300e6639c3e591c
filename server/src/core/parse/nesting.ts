/**
 * A bound on nesting, checked on yaml's concrete syntax tree before the document is composed. yaml's
 * parser is iterative but its composer recurses once per level: 5,000 nested `[` overflow the stack,
 * and where exactly depends on how deep the caller's stack already is (the CLI, the server, a worker).
 * Checking first makes the answer the same everywhere: one clear diagnostic instead of a stack error.
 */
import { Composer, Parser, type CST, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

/** Collections (block or flow mappings and lists) nested deeper than this are not composed. A strategy needs about 6. */
export const MAX_NESTING = 100;

/** The offset of the first collection nested deeper than `limit` levels in a CST token, or undefined. Iterative. */
export function tooDeepAt(token: CST.Token, limit = MAX_NESTING): number | undefined {
  // Two parallel stacks of collections only (no tuple per node, no scalar pushed): this walks every
  // node of a 50,000-line file on each full parse, so it must cost little beside the parse itself.
  const tokens: Collection[] = [];
  const depths: number[] = [];
  const push = (t: CST.Token | null | undefined, depth: number) => {
    if (t && (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection')) {
      tokens.push(t);
      depths.push(depth);
    }
  };
  push(token.type === 'document' ? token.value : token, 1);
  while (tokens.length) {
    const t = tokens.pop()!;
    const depth = depths.pop()!;
    if (depth > limit) return t.offset;
    for (const item of t.items) {
      push(item.key, depth + 1);
      push(item.value, depth + 1);
    }
  }
  return undefined;
}

type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;

export interface GuardedDocuments<D> {
  documents: D[];
  /** Where the first document nests too deeply (it was not composed). */
  deepAt?: number;
  /** Where a later document starts that was too deep to compose (the first one was composed). */
  skippedAt?: number;
}

type Options = ParseOptions & DocumentOptions & SchemaOptions;

/** `parseAllDocuments` with the nesting bound: a too-deep document and every one after it are not composed. */
export function parseDocumentsGuarded<D>(text: string, options: Options): GuardedDocuments<D> {
  const parser = new Parser();
  const composer = new Composer(options);
  const result: GuardedDocuments<D> = { documents: [] };
  let count = 0;
  function* guarded(): Generator<CST.Token> {
    for (const token of parser.parse(text)) {
      if (token.type === 'document') {
        const at = tooDeepAt(token);
        if (at !== undefined) {
          if (count === 0) result.deepAt = at;
          else result.skippedAt = token.offset;
          return;
        }
        count++;
      }
      yield token;
    }
  }
  result.documents = Array.from(composer.compose(guarded())) as D[];
  return result;
}
