/** Go to definition, find references, prepare rename and rename, over the core's navigation. */
import {
  LSPErrorCodes, ResponseError, type DefinitionParams, type Location, type PrepareRenameParams, type Range,
  type ReferenceParams, type RenameParams, type WorkspaceEdit,
} from 'vscode-languageserver';
import { definition, prepareRename, references, rename } from '../../core/features/navigation';
import { analyzed, guarded, type ServerContext } from '../context';

export function registerNavigation(ctx: ServerContext): void {
  const { connection } = ctx;

  connection.onDefinition(guarded(ctx, 'Go to definition', null, async (p: DefinitionParams): Promise<Location | null> => {
    const a = await analyzed(ctx, p.textDocument.uri);
    const span = a && definition(a.analysis, a.positions.offset(p.position));
    return a && span ? { uri: p.textDocument.uri, range: a.positions.range(span) } : null;
  }));

  connection.onReferences(guarded(ctx, 'Find references', [], async (p: ReferenceParams): Promise<Location[]> => {
    const a = await analyzed(ctx, p.textDocument.uri);
    if (!a) return [];
    return references(a.analysis, a.positions.offset(p.position), p.context.includeDeclaration)
      .map((span) => ({ uri: p.textDocument.uri, range: a.positions.range(span) }));
  }));

  connection.onPrepareRename(guarded(ctx, 'Prepare rename', null,
    async (p: PrepareRenameParams): Promise<{ range: Range; placeholder: string } | null> => {
      const a = await analyzed(ctx, p.textDocument.uri);
      if (!a) return null;
      const check = prepareRename(a.analysis, a.positions.offset(p.position));
      if (!check.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, check.message);
      return { range: a.positions.range(check.span), placeholder: check.placeholder };
    }));

  connection.onRenameRequest(guarded(ctx, 'Rename', null, async (p: RenameParams): Promise<WorkspaceEdit | null> => {
    const a = await analyzed(ctx, p.textDocument.uri);
    if (!a) return null;
    const result = rename(a.analysis, a.positions.offset(p.position), p.newName);
    if (!result.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, result.message);
    return { changes: { [p.textDocument.uri]: result.edits.map((e) => a.positions.edit(e)) } };
  }));
}
