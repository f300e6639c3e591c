/** Document symbols (the outline by conversation) and folding ranges. */
import {
  FoldingRangeKind,
  SymbolKind,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type FoldingRange,
  type FoldingRangeParams,
  type SymbolInformation,
} from 'vscode-languageserver';
import type { SymbolEntry } from '../../core/features/types';
import type { TextPositions } from '../convert';
import { guarded, type ServerContext } from '../context';
import { documentFeatures } from '../documentFeatures';

const KIND: Record<SymbolEntry['kind'], SymbolKind> = {
  file: SymbolKind.File,
  namespace: SymbolKind.Namespace,
  object: SymbolKind.Object,
  key: SymbolKind.Key,
  field: SymbolKind.Field,
  constant: SymbolKind.Constant,
};

export interface OutlineOptions {
  /** Whether the client takes DocumentSymbol trees (known after initialize); otherwise a flat list. */
  hierarchical: () => boolean;
}

export function registerOutline(ctx: ServerContext, options: OutlineOptions): void {
  const { connection } = ctx;

  connection.onDocumentSymbol(
    guarded(
      ctx,
      'Document symbols',
      [],
      async (p: DocumentSymbolParams, token): Promise<DocumentSymbol[] | SymbolInformation[]> => {
        const d = await documentFeatures(ctx, p.textDocument.uri, token);
        if (!d) return [];
        const entries = (await d.run('documentSymbols')) ?? [];
        return options.hierarchical()
          ? entries.map((e) => toDocumentSymbol(e, d.positions))
          : flatten(entries, p.textDocument.uri, d.positions);
      },
    ),
  );

  connection.onFoldingRanges(
    guarded(ctx, 'Folding ranges', [], async (p: FoldingRangeParams, token): Promise<FoldingRange[]> => {
      const d = await documentFeatures(ctx, p.textDocument.uri, token);
      if (!d) return [];
      const byStart = new Map<number, FoldingRange>();
      for (const f of (await d.run('foldingRanges')) ?? []) {
        const startLine = d.positions.position(f.span.start).line;
        const endLine = d.positions.position(f.span.end).line;
        if (endLine <= startLine || (byStart.get(startLine)?.endLine ?? -1) >= endLine) continue;
        const range: FoldingRange = { startLine, endLine };
        if (f.kind === 'comment') range.kind = FoldingRangeKind.Comment;
        byStart.set(startLine, range);
      }
      return [...byStart.values()].sort((x, y) => x.startLine - y.startLine);
    }),
  );
}

/** Clients reject a symbol whose selection lies outside its range (aliases can do that): clamp it. */
function toDocumentSymbol(e: SymbolEntry, positions: TextPositions): DocumentSymbol {
  const start = Math.min(Math.max(e.selection.start, e.span.start), e.span.end);
  const end = Math.max(start, Math.min(e.selection.end, e.span.end));
  const symbol: DocumentSymbol = {
    name: e.name || '(empty key)',
    kind: KIND[e.kind],
    range: positions.range(e.span),
    selectionRange: positions.range({ start, end }),
    children: e.children.map((c) => toDocumentSymbol(c, positions)),
  };
  if (e.detail) symbol.detail = e.detail;
  return symbol;
}

function flatten(
  entries: SymbolEntry[],
  uri: string,
  positions: TextPositions,
  container?: string,
): SymbolInformation[] {
  return entries.flatMap((e) => {
    const info: SymbolInformation = {
      name: e.name || '(empty key)',
      kind: KIND[e.kind],
      location: { uri, range: positions.range(e.span) },
    };
    if (container) info.containerName = container;
    return [info, ...flatten(e.children, uri, positions, e.name)];
  });
}
