/**
 * Folding ranges: every key whose value spans several lines (each top-level block, each role, each
 * conversation and the lists inside it), every list item of several lines, and runs of full-line
 * comments. Pure and offset-based; the adapter turns spans into lines and drops one-line folds.
 */
import { Lexer } from 'yaml';
import { type Analysis, treeOf } from '../analyze';
import type { TreeNode } from '../parse/tree';
import type { Span } from '../types';
import { trimEndSpan } from './trim';
import type { FoldingEntry } from './types';

/** yaml's lexer emits these one-character control tokens, which stand for no source text (its BOM token is a real character). */
const CONTROL = new Set(['\x02', '\x18', '\x1f']);

export function foldingRanges(analysis: Analysis): FoldingEntry[] {
  const out: FoldingEntry[] = [];
  const { text } = analysis;
  const add = (start: number, end: number) => {
    const span = trimEndSpan(text, { start, end });
    if (span.end > span.start && text.slice(span.start, span.end).includes('\n')) out.push({ span });
  };
  const root = treeOf(analysis);
  if (root) walk(root, add);
  for (const run of commentRuns(text)) out.push(run); // no spread: a file may have 100k comment runs
  return out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

function walk(node: TreeNode, add: (start: number, end: number) => void, depth = 0): void {
  if (depth > 100) return;
  if (node.kind === 'map') {
    for (const e of node.entries) {
      if (!e.value || e.value.kind === 'scalar') continue;
      add(e.keySpan.start, e.value.span.end);
      walk(e.value, add, depth + 1);
    }
  } else if (node.kind === 'seq') {
    for (const item of node.items) {
      if (!item || item.kind === 'scalar') continue;
      add(item.span.start, item.span.end);
      walk(item, add, depth + 1);
    }
  }
}

/** Two or more consecutive lines that hold only a comment fold together. */
function commentRuns(text: string): FoldingEntry[] {
  if (!text.includes('#')) return [];
  const out: FoldingEntry[] = [];
  let run: { span: Span; lines: number; lastLine: number } | undefined;
  const close = () => {
    if (run && run.lines > 1) out.push({ span: run.span, kind: 'comment' });
    run = undefined;
  };
  let offset = 0;
  let line = 0;
  for (const token of new Lexer().lex(text)) {
    const start = offset;
    const tokenLine = line;
    if (!(token.length === 1 && CONTROL.has(token))) offset += token.length;
    for (let i = token.indexOf('\n'); i >= 0; i = token.indexOf('\n', i + 1)) line++;
    if (token[0] !== '#') {
      if (!/^[ \t\r\n]*$/.test(token) || (token.length === 1 && CONTROL.has(token))) close();
      continue;
    }
    const lineStart = start > 0 ? text.lastIndexOf('\n', start - 1) + 1 : 0; // lastIndexOf(-1) would look at 0
    const alone = text.slice(lineStart, start).trim() === '';
    if (!alone || (run && tokenLine !== run.lastLine + 1)) close();
    if (!alone) continue;
    const end = start + token.trimEnd().length;
    if (run) {
      run.span.end = end;
      run.lines++;
      run.lastLine = tokenLine;
    } else run = { span: { start, end }, lines: 1, lastLine: tokenLine };
  }
  close();
  return out;
}
