/** Go to definition, find references, prepare rename and rename, over the core's navigation. */
import {
  LSPErrorCodes, ResponseError, type DefinitionParams, type Location, type PrepareRenameParams, type Range,
  type ReferenceParams, type RenameParams, type WorkspaceEdit,
} from 'vscode-languageserver';
import { guarded, type ServerContext } from '../context';
import { documentFeatures } from '../documentFeatures';

export function registerNavigation(ctx: ServerContext): void {
  const { connection } = ctx;

  connection.onDefinition(guarded(ctx, 'Go to definition', null, async (p: DefinitionParams, token): Promise<Location | null> => {
    const d = await documentFeatures(ctx, p.textDocument.uri, token);
    const span = d && await d.run('definition', d.positions.offset(p.position));
    return d && span ? { uri: p.textDocument.uri, range: d.positions.range(span) } : null;
  }));

  connection.onReferences(guarded(ctx, 'Find references', [], async (p: ReferenceParams, token): Promise<Location[]> => {
    const d = await documentFeatures(ctx, p.textDocument.uri, token);
    if (!d) return [];
    return ((await d.run('references', d.positions.offset(p.position), p.context.includeDeclaration)) ?? [])
      .map((span) => ({ uri: p.textDocument.uri, range: d.positions.range(span) }));
  }));

  connection.onPrepareRename(guarded(ctx, 'Prepare rename', null,
    async (p: PrepareRenameParams, token): Promise<{ range: Range; placeholder: string } | null> => {
      const d = await documentFeatures(ctx, p.textDocument.uri, token);
      const check = d && await d.run('prepareRename', d.positions.offset(p.position));
      if (!d || !check) return null;
      if (!check.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, check.message);
      return { range: d.positions.range(check.span), placeholder: check.placeholder };
    }));

  connection.onRenameRequest(guarded(ctx, 'Rename', null, async (p: RenameParams, token): Promise<WorkspaceEdit | null> => {
    const d = await documentFeatures(ctx, p.textDocument.uri, token);
    const result = d && await d.run('rename', d.positions.offset(p.position), p.newName);
    if (!d || !result) return null;
    if (!result.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, result.message);
    return { changes: { [p.textDocument.uri]: result.edits.map((e) => d.positions.edit(e)) } };
  }));
}
