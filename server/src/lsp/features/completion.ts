/** Completion and hover, over the core's `complete` and `hover`. */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionParams,
  type Hover,
  type HoverParams,
} from 'vscode-languageserver';
import type { CompletionEntry } from '../../core/features/types';
import type { TextPositions } from '../convert';
import { guarded, type ServerContext } from '../context';
import { documentFeatures } from '../documentFeatures';

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
  ctx.connection.onCompletion(
    guarded(ctx, 'Completion', [], async (p: CompletionParams, token): Promise<CompletionItem[]> => {
      const d = await documentFeatures(ctx, p.textDocument.uri, token);
      if (!d) return [];
      const entries = await d.run('complete', d.positions.offset(p.position));
      return (entries ?? []).map((e) => toCompletionItem(e, d.positions));
    }),
  );

  ctx.connection.onHover(
    guarded(ctx, 'Hover', null, async (p: HoverParams, token): Promise<Hover | null> => {
      const d = await documentFeatures(ctx, p.textDocument.uri, token);
      const result = d && (await d.run('hover', d.positions.offset(p.position)));
      if (!d || !result) return null;
      return { contents: { kind: MarkupKind.Markdown, value: result.contents }, range: d.positions.range(result.span) };
    }),
  );
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
