/**
 * `strategy/splitIntoFiles` (server/src/protocol.ts): the core plans the split of an open one-file
 * strategy (core/features/split), and this answers it as one LSP workspace edit: each part file
 * created and filled, then the root's conversations block replaced by `include`, against the version
 * analysed. The client applies it with `workspace.applyEdit`, so that one undo reverts it all.
 */
import type { CreateFile, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import { SplitIntoFilesRequest, type SplitIntoFilesParams, type SplitIntoFilesResult } from '../../protocol';
import { guarded, type ServerContext } from '../context';
import { documentFeatures } from '../documentFeatures';

const START = { line: 0, character: 0 };

export function registerSplit(ctx: ServerContext): void {
  ctx.connection.onRequest(
    SplitIntoFilesRequest,
    guarded(
      ctx,
      'Split into files',
      { refused: 'The split failed; the output of the Strategy language server says why.' },
      async (p: SplitIntoFilesParams): Promise<SplitIntoFilesResult> => {
        const uri = p.textDocument.uri;
        if (uri.startsWith('untitled:'))
          return { refused: 'Save the strategy to a file first: its parts are written beside it.' };
        if (!uri.startsWith('file:'))
          return {
            refused:
              'Split Strategy into Files works on files on disk; this one is not (a browser or remote file system).',
          };
        const d = await documentFeatures(ctx, uri);
        if (!d) return { refused: 'The strategy file is not open.' };
        const rootName = decodeURIComponent(new URL(uri).pathname.split('/').pop() ?? '');
        const result = await d.run('split', rootName);
        if (!result) return { refused: 'The strategy changed while it was being split; try again.' };
        if ('refused' in result) return result;
        const parts = result.plan.parts.map((part) => ({ ...part, uri: new URL(part.path, uri).toString() }));
        const taken = await Promise.all(parts.map((part) => ctx.files.exists(part.uri)));
        const existing = parts.find((_part, i) => taken[i]);
        if (existing)
          return {
            refused: `${existing.path} already exists beside the strategy; move it away or rename it, then split again.`,
          };
        const documentChanges: (CreateFile | TextDocumentEdit)[] = [];
        for (const part of parts) {
          documentChanges.push(
            { kind: 'create', uri: part.uri, options: { overwrite: false, ignoreIfExists: false } },
            {
              textDocument: { uri: part.uri, version: null },
              edits: [{ range: { start: START, end: START }, newText: part.text }],
            },
          );
        }
        documentChanges.push({
          textDocument: { uri, version: d.version },
          edits: [d.positions.edit(result.plan.root)],
        });
        const edit: WorkspaceEdit = { documentChanges };
        return { edit, version: d.version, parts: parts.map((part) => part.uri) };
      },
    ),
  );
}
