/**
 * Rendering a composed strategy. The renderer draws one Analysis; a composed strategy is handed to it
 * as one: its files' texts one after another, every span of the composed model and of the problems
 * shifted to where its file starts. The page's source lines are then mapped back: `data-line` becomes
 * the line in its own file, beside `data-file` (the file's path relative to the root's folder), and the
 * problem list names file and line.
 */
import type { Analysis } from '../analyze';
import type { ChangeRecord } from '../diff/types';
import { LineIndex } from '../lines';
import {
  escapeAttr,
  escapeHtml,
  escapeMarkdown,
  isBroken,
  pageTitle,
  renderCompareBody,
  renderHtml,
  renderMarkdown,
  type RenderHtmlOptions,
} from '../render';
import type { Problem, Span } from '../types';
import type { ComposedStrategy } from './compose';

export interface Joined {
  analysis: Analysis;
  /** A line of the joined text -> its file's label and its line there. */
  where(line: number): { label: string; line: number };
  /** A line of a file of the strategy (by real path) -> its line in the joined text. */
  lineOf(file: string, line: number): number;
}

/** One analysis over the strategy's files in composition order. */
export function joinStrategy(strategy: ComposedStrategy): Joined {
  const bases = new Map<string, number>();
  const firstLines = new Map<string, number>();
  const starts: { line: number; label: string }[] = [];
  let text = '';
  let line = 0;
  for (const [file, a] of strategy.files) {
    bases.set(file, text.length);
    firstLines.set(file, line);
    starts.push({ line, label: strategy.labels.get(file) ?? file });
    const own = /(\r\n|\r|\n)$/.test(a.text) || a.text === '' ? a.text : `${a.text}\n`;
    text += own;
    line += (own.match(/\r\n|\r|\n/g) ?? []).length;
  }
  const shift = (span: Span): Span => ({
    start: span.start + (bases.get(span.file ?? strategy.root) ?? 0),
    end: span.end + (bases.get(span.file ?? strategy.root) ?? 0),
  });
  const { composition: _c, ...model } = strategy.model;
  const problems: Problem[] = [];
  for (const [file, a] of strategy.files) {
    for (const p of a.problems) problems.push({ ...p, span: shift({ ...p.span, file: p.span.file ?? file }) });
  }
  const analysis: Analysis = {
    file: strategy.root,
    text,
    model: shiftSpans(model, shift),
    problems,
    lines: new LineIndex(text),
  };
  const rootAnalysis = strategy.files.get(strategy.root);
  if (rootAnalysis?.unchecked && strategy.files.size === 1) analysis.unchecked = true;
  return {
    analysis,
    where(l) {
      let i = starts.length - 1;
      while (i > 0 && starts[i].line > l) i--;
      return { label: starts[i].label, line: l - starts[i].line };
    },
    lineOf: (file, l) => (firstLines.get(file) ?? 0) + l,
  };
}

/** The composed strategy as a self-contained page; every element drawn from a file names it (`data-file`). */
export function renderStrategyHtml(strategy: ComposedStrategy, options: RenderHtmlOptions): string {
  const single = strategy.files.size === 1 ? strategy.files.get(strategy.root)! : undefined;
  const joined = joinStrategy(strategy);
  const page = renderHtml(single ?? joined.analysis, options);
  return placeInFiles(joined, page, !!single);
}

/** Rendered HTML of a joined strategy with `data-line` in its own file beside `data-file`, and problems naming file and line. */
export function placeInFiles(joined: Joined, html: string, single = false): string {
  // Attribute values and text from the files are escaped by the renderer: these patterns are the renderer's own.
  return html
    .replace(/ data-line="(\d+)"/g, (_m, n: string) => {
      const w = joined.where(Number(n));
      return ` data-line="${w.line}" data-file="${escapeAttr(w.label)}"`;
    })
    .replace(/<span class="where">line (\d+)<\/span>/g, (m, n: string) =>
      single ? m : `<span class="where">${escapeHtml(label(joined, Number(n) - 1))}</span>`,
    );
}

export interface ComposedCompareOptions {
  today: string;
  /** The revision compared with, as the user picked it. */
  label: string;
  /** The records from `base` to the head (core/diff), files named by `nameOf`. */
  records: readonly ChangeRecord[];
  /** The strategy at the revision, undefined when it was added since. */
  base: ComposedStrategy | undefined;
  /** How the records name a file of the head (a real path). */
  nameOf: (file: string) => string;
}

/**
 * The preview in compare mode of a composed strategy: the whole strategy marked (renderCompareBody),
 * the removed items drawn from the base's; each record's row points at its line in its own file.
 */
export function renderComposedCompare(
  head: ComposedStrategy,
  options: ComposedCompareOptions,
): { title: string; body: string; broken: boolean } {
  const { today, label, records, base } = options;
  const single = head.files.size === 1 && (!base || base.files.size === 1);
  if (single) {
    const a = head.files.get(head.root)!;
    const body = renderCompareBody(a, { today, label, records, base: base?.files.get(base.root) });
    return { title: pageTitle(a), body, broken: isBroken(a) };
  }
  const joined = joinStrategy(head);
  const byName = new Map([...head.files.keys()].map((f) => [options.nameOf(f), f]));
  // The page's lines are the joined text's: a record's head line moves to where its file starts there.
  const onPage = records.map((r) => {
    const file = r.head && byName.get(r.head.file);
    return file === undefined ? r : { ...r, head: { ...r.head!, line: joined.lineOf(file, r.head!.line) } };
  });
  const a = joined.analysis;
  const body = renderCompareBody(a, { today, label, records: onPage, base: base && joinStrategy(base).analysis });
  return { title: pageTitle(a), body: placeInFiles(joined, body), broken: isBroken(a) };
}

/** The composed strategy as Markdown; problems name their file and line. */
export function renderStrategyMarkdown(strategy: ComposedStrategy, options: { today: string }): string {
  if (strategy.files.size === 1) return renderMarkdown(strategy.files.get(strategy.root)!, options);
  const joined = joinStrategy(strategy);
  return renderMarkdown(joined.analysis, options)
    .replace(/^- line (\d+), /gm, (_m, n: string) => `- ${escapeMarkdown(label(joined, Number(n) - 1))}, `)
    .replace(/^> - line (\d+): /gm, (_m, n: string) => `> - ${escapeMarkdown(label(joined, Number(n) - 1))}: `);
}

function label(joined: Joined, line: number): string {
  const w = joined.where(line);
  return `${w.label} line ${w.line + 1}`;
}

function shiftSpans<T>(node: T, shift: (s: Span) => Span, seen = new Map<object, unknown>()): T {
  if (!node || typeof node !== 'object') return node;
  if (seen.has(node)) return seen.get(node) as T;
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    seen.set(node, out);
    for (const x of node) out.push(shiftSpans(x, shift, seen));
    return out as T;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') return shift(o as unknown as Span) as T;
  const out: Record<string, unknown> = {};
  seen.set(node, out);
  for (const k of Object.keys(o)) out[k] = shiftSpans(o[k], shift, seen);
  return out as T;
}
