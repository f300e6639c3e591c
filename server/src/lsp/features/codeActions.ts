/**
 * Quick fixes: the analysis's problems that touch the requested range go to the core's `codeActions`
 * (through `fixesAt`, on the server's analysis or the worker's);
 * each fix becomes a quickfix CodeAction carrying the diagnostic it fixes (the client's own object
 * when it sent one with the same code and range).
 */
import {
  CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver';
import { sameRange, toLspDiagnostic } from '../convert';
import { guarded, type ServerContext } from '../context';
import { documentFeatures } from '../documentFeatures';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(guarded(ctx, 'Code actions', [], async (p: CodeActionParams, token): Promise<CodeAction[]> => {
    const only = p.context.only;
    if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`))) return [];
    const d = await documentFeatures(ctx, p.textDocument.uri, token);
    const found = d && await d.run('fixesAt', d.positions.span(p.range));
    if (!d || !found) return [];
    const diagnostics: LspDiagnostic[] = found.problems.map((problem) => {
      const x = toLspDiagnostic(problem, d.positions);
      return p.context.diagnostics.find((c) => c.code === x.code && sameRange(c.range, x.range)) ?? x;
    });
    return found.fixes.flatMap((fix): CodeAction[] => {
      const diagnostic = diagnostics[fix.problem];
      if (!diagnostic) return [];
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [p.textDocument.uri]: fix.edits.map((e) => d.positions.edit(e)) } },
      };
      if (fix.isPreferred) action.isPreferred = true;
      return [action];
    });
  }));
}
