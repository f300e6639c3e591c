/**
 * The core's features by name, each a function of one analysis and plain arguments with a plain,
 * cloneable result (offsets, not LSP positions: the server maps them). The server runs them on its own analysis of a small
 * document, and asks the worker to run them on its analysis of a large one: one analysis per
 * document, wherever it lives, and the same answers from both.
 */
import { analyze, type Analysis, type Problem } from '../../core';
import { diffStrategies, oneFileSide, type ChangeRecord } from '../../core/diff';
import { codeActions } from '../../core/features/codeActions';
import { complete } from '../../core/features/completion';
import { foldingRanges } from '../../core/features/folding';
import { hover } from '../../core/features/hover';
import { definition, prepareRename, references, rename } from '../../core/features/navigation';
import { splitStrategy } from '../../core/features/split/split';
import { documentSymbols } from '../../core/features/symbols';
import type { CodeFix } from '../../core/features/types';
import { isBroken, pageTitle, renderBody, renderCompareBody, renderStaleBanner } from '../../core/render';
import type { Span } from '../../core/types';
import type { CompareBase } from '../../protocol';

export interface FixesAt {
  /** The problems that touch the span, in the analysis's order. */
  problems: Problem[];
  /** `problem` indexes `problems`. */
  fixes: CodeFix[];
}

/** The problems touching `span` (as LSP's touching ranges do: a cursor at an end touches) and their fixes. */
function fixesAt(a: Analysis, span: Span): FixesAt {
  const picked = a.problems.filter((p) => p.span.start <= span.end && span.start <= p.span.end);
  if (!picked.length) return { problems: [], fixes: [] };
  return { problems: picked, fixes: codeActions(a, span, picked) };
}

export interface PreviewRender {
  title: string;
  /** renderBody of this version. */
  body: string;
  broken: boolean;
  /** When broken: the banner that goes over the last good version's body (renderStaleBanner). */
  staleBanner?: string;
}

/** The preview of this analysis, and what a stale preview needs from it (the host keeps the last good body). */
function preview(a: Analysis, today: string): PreviewRender {
  const broken = isBroken(a);
  const render: PreviewRender = { title: pageTitle(a), body: renderBody(a, { today }), broken };
  if (broken) render.staleBanner = renderStaleBanner(a);
  return render;
}

export interface CompareRender {
  title: string;
  /** renderCompareBody of this version against the base. */
  body: string;
  broken: boolean;
  records: ChangeRecord[];
}

/**
 * The preview in compare mode: the records from `base` to this version, as `strategy diff` makes them
 * (both sides analysed at default severities and before suppressions), drawn on this analysis's page
 * (whose problems follow the user's settings, as the live preview's do).
 */
function compare(a: Analysis, today: string, base: CompareBase): CompareRender {
  // The document's own file at the base (a strategy across files is compared whole by lsp/features/compareAcross.ts).
  const root = base.path === undefined ? base.files[0] : base.files.find((f) => f.path === base.path);
  const name = root?.path ?? a.file;
  const options = { today, ignoreSuppressions: true };
  const before = root ? analyze(root.text, name, options) : undefined;
  const records = diffStrategies(
    before && oneFileSide(name, before),
    oneFileSide(name, analyze(a.text, name, options)),
  );
  return {
    title: pageTitle(a),
    body: renderCompareBody(a, { today, label: base.label, records, base: before }),
    broken: isBroken(a),
    records,
  };
}

/** The document's `review.last` as written (the server checks it is a date). */
function reviewLast(a: Analysis): string | undefined {
  return a.model.header.review?.last?.text;
}

export const FEATURES = {
  diagnostics: (a: Analysis) => a.problems,
  complete: (a: Analysis, offset: number) => complete(a, offset),
  hover: (a: Analysis, offset: number) => hover(a, offset) ?? null,
  definition: (a: Analysis, offset: number) => definition(a, offset) ?? null,
  references: (a: Analysis, offset: number, includeDeclaration: boolean) => references(a, offset, includeDeclaration),
  prepareRename: (a: Analysis, offset: number) => prepareRename(a, offset),
  rename: (a: Analysis, offset: number, newName: string) => rename(a, offset, newName),
  documentSymbols: (a: Analysis) => documentSymbols(a),
  foldingRanges: (a: Analysis) => foldingRanges(a),
  fixesAt,
  preview,
  split: (a: Analysis, rootName: string) => splitStrategy(a, rootName),
  compare,
  reviewLast,
};

export type FeatureName = keyof typeof FEATURES;
type Rest<F> = F extends (a: Analysis, ...args: infer A) => unknown ? A : never;
export type FeatureArgs<K extends FeatureName> = Rest<(typeof FEATURES)[K]>;
export type FeatureResult<K extends FeatureName> = ReturnType<(typeof FEATURES)[K]>;

export function runFeature<K extends FeatureName>(analysis: Analysis, name: K, args: FeatureArgs<K>): FeatureResult<K> {
  const f = FEATURES[name] as (a: Analysis, ...rest: unknown[]) => FeatureResult<K>;
  return f(analysis, ...(args as unknown[]));
}
