/** Completion and hover, over the core's `complete` and `hover`. */
import {
  CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionParams, type Hover,
  type HoverParams,
} from 'vscode-languageserver';
import { complete } from '../../core/features/completion';
import { hover } from '../../core/features/hover';
import type { CompletionEntry } from '../../core/features/types';
import type { TextPositions } from '../convert';
import { analyzed, guarded, type ServerContext } from '../context';

export const COMPLETION_TRIGGERS = [':', ' ', '-', '[', ','];

const KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  role: CompletionItemKind.Constant,
  conversation: CompletionItemKind.Module,
  reference: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
};

export function registerCompletionAndHover(ctx: ServerContext): void {
  ctx.connection.onCompletion(guarded(ctx, 'Completion', [], async (p: CompletionParams): Promise<CompletionItem[]> => {
    const a = await analyzed(ctx, p.textDocument.uri);
    if (!a) return [];
    return complete(a.analysis, a.positions.offset(p.position)).map((e) => toCompletionItem(e, a.positions));
  }));

  ctx.connection.onHover(guarded(ctx, 'Hover', null, async (p: HoverParams): Promise<Hover | null> => {
    const a = await analyzed(ctx, p.textDocument.uri);
    const result = a && hover(a.analysis, a.positions.offset(p.position));
    if (!a || !result) return null;
    return { contents: { kind: MarkupKind.Markdown, value: result.contents }, range: a.positions.range(result.span) };
  }));
}

export function toCompletionItem(e: CompletionEntry, positions: TextPositions): CompletionItem {
  const item: CompletionItem = { label: e.label, kind: KIND[e.kind] ?? CompletionItemKind.Text };
  if (e.detail) item.detail = e.detail;
  if (e.documentation) item.documentation = { kind: MarkupKind.Markdown, value: e.documentation };
  if (e.isSnippet) item.insertTextFormat = InsertTextFormat.Snippet;
  if (e.replace) item.textEdit = { range: positions.range(e.replace), newText: e.insertText };
  else item.insertText = e.insertText;
  if (e.sortText) item.sortText = e.sortText;
  if (e.filterText) item.filterText = e.filterText;
  return item;
}
