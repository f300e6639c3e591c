/** Go to definition, find references, prepare rename and rename, over the core's navigation. */
import {
  LSPErrorCodes,
  ResponseError,
  type DefinitionParams,
  type Location,
  type PrepareRenameParams,
  type Range,
  type ReferenceParams,
  type RenameParams,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { guarded, type ServerContext } from '../context';
import { documentFeatures } from '../documentFeatures';
import {
  definitionAcross,
  prepareRenameAcross,
  referencesAcross,
  renameAcross,
} from '../../core/features/across/navigation';

export function registerNavigation(ctx: ServerContext): void {
  const { connection } = ctx;

  connection.onDefinition(
    guarded(ctx, 'Go to definition', null, async (p: DefinitionParams, token): Promise<Location | null> => {
      const d = await documentFeatures(ctx, p.textDocument.uri, token);
      const a = d?.across;
      if (a) {
        const site = definitionAcross(a.strategy, a.file, a.positions(a.file).offset(p.position));
        return site ? a.location(site) : null;
      }
      const span = d && (await d.run('definition', d.positions.offset(p.position)));
      return d && span ? { uri: p.textDocument.uri, range: d.positions.range(span) } : null;
    }),
  );

  connection.onReferences(
    guarded(ctx, 'Find references', [], async (p: ReferenceParams, token): Promise<Location[]> => {
      const d = await documentFeatures(ctx, p.textDocument.uri, token);
      const a = d?.across;
      if (a)
        return referencesAcross(
          a.strategy,
          a.file,
          a.positions(a.file).offset(p.position),
          p.context.includeDeclaration,
        ).map((l) => a.location(l));
      if (!d) return [];
      return ((await d.run('references', d.positions.offset(p.position), p.context.includeDeclaration)) ?? []).map(
        (span) => ({ uri: p.textDocument.uri, range: d.positions.range(span) }),
      );
    }),
  );

  connection.onPrepareRename(
    guarded(
      ctx,
      'Prepare rename',
      null,
      async (p: PrepareRenameParams, token): Promise<{ range: Range; placeholder: string } | null> => {
        const d = await documentFeatures(ctx, p.textDocument.uri, token);
        const a = d?.across;
        if (a) {
          const check = prepareRenameAcross(a.strategy, a.file, a.positions(a.file).offset(p.position));
          if (!check.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, check.message);
          return { range: a.positions(a.file).range(check.span), placeholder: check.placeholder };
        }
        const check = d && (await d.run('prepareRename', d.positions.offset(p.position)));
        if (!d || !check) return null;
        if (!check.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, check.message);
        return { range: d.positions.range(check.span), placeholder: check.placeholder };
      },
    ),
  );

  connection.onRenameRequest(
    guarded(ctx, 'Rename', null, async (p: RenameParams, token): Promise<WorkspaceEdit | null> => {
      const d = await documentFeatures(ctx, p.textDocument.uri, token);
      const a = d?.across;
      if (a) {
        // One WorkspaceEdit with every file of the strategy.
        const result = renameAcross(a.strategy, a.file, a.positions(a.file).offset(p.position), p.newName);
        if (!result.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, result.message);
        return a.edit(result.edits);
      }
      const result = d && (await d.run('rename', d.positions.offset(p.position), p.newName));
      if (!d || !result) return null;
      if (!result.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, result.message);
      return { changes: { [p.textDocument.uri]: result.edits.map((e) => d.positions.edit(e)) } };
    }),
  );
}
