/**
 * Where structural fixes cannot be trusted: a top-level block (or, under `conversations`, one
 * conversation) that holds a YAML syntax error. The tree there is what the parser recovered, so an
 * edit computed from it can land inside the broken construct and fix nothing, or break more (found by
 * fuzzing: an `owner` line added beside an `owner` key whose value swallowed the next lines).
 */
import type { Analysis } from '../../analyze';
import { MAX_SYNTAX_ERRORS } from '../../parse/parseStrategy';
import type { MapEntry, TreeNode } from '../../parse/tree';
import type { Problem, Span } from '../../types';

export class BrokenRegions {
  private readonly errors: readonly Span[];
  private readonly everywhere: boolean;

  constructor(
    private readonly analysis: Analysis,
    private readonly root: TreeNode | null,
  ) {
    this.errors = analysis.syntaxErrors ?? [];
    // Errors past the cap were not recorded: any block may hold one.
    this.everywhere = this.errors.length >= MAX_SYNTAX_ERRORS;
  }

  get any(): boolean {
    return this.errors.length > 0;
  }

  /** Whether the problem is one of the YAML syntax errors. */
  isSyntaxError(p: Problem): boolean {
    return p.code === 'schema' && this.errors.some((e) => e.start === p.span.start && e.end === p.span.end);
  }

  /**
   * Whether the block holding this offset has a syntax error. A block runs from its key to the next
   * key, so the blank and comment lines before a key belong to the block above; an error right at a
   * key counts for both blocks (yaml reports an unclosed list where the next key stops it).
   */
  isBroken(offset: number): boolean {
    if (!this.errors.length) return false;
    if (this.everywhere || !this.root || this.root.kind !== 'map') return true;
    const end = this.analysis.text.length;
    const top = regionAt(this.root.entries, offset, 0, end);
    if (!top) return this.hasError(0, end);
    const conversations =
      top.entry.key === 'conversations' && top.entry.value?.kind === 'map' ? top.entry.value.entries : undefined;
    const region = (conversations && regionAt(conversations, offset, top.start, top.end)) || top;
    return this.hasError(region.start, region.end);
  }

  private hasError(start: number, end: number): boolean {
    return this.errors.some((e) => e.start >= start && e.start <= end);
  }
}

interface Region {
  entry: MapEntry;
  start: number;
  end: number;
}

/** The entry whose region (its key up to the next key of the same mapping) holds the offset. */
function regionAt(entries: readonly MapEntry[], offset: number, from: number, to: number): Region | undefined {
  for (let i = 0; i < entries.length; i++) {
    const start = i === 0 ? Math.min(from, entries[i].keySpan.start) : entries[i].keySpan.start;
    const last = i + 1 === entries.length;
    const end = last ? to : entries[i + 1].keySpan.start;
    if (start <= offset && (offset < end || (last && offset <= end))) return { entry: entries[i], start, end };
  }
  return undefined;
}
