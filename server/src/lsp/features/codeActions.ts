/**
 * Quick fixes: the analysis's problems that touch the requested range go to the core's `codeActions`;
 * each fix becomes a quickfix CodeAction carrying the diagnostic it fixes (the client's own object
 * when it sent one with the same code and range).
 */
import {
  CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver';
import { toDiagnostics, type Problem } from '../../core';
import { codeActions } from '../../core/features/codeActions';
import { rangesTouch, sameRange, toLspDiagnostic } from '../convert';
import { analyzed, guarded, type ServerContext } from '../context';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(guarded(ctx, 'Code actions', [], async (p: CodeActionParams): Promise<CodeAction[]> => {
    const only = p.context.only;
    if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`))) return [];
    const a = await analyzed(ctx, p.textDocument.uri);
    if (!a) return [];
    const problems: Problem[] = [];
    const diagnostics: LspDiagnostic[] = [];
    toDiagnostics(a.analysis).forEach((d, i) => {
      if (!rangesTouch(d.range, p.range)) return;
      problems.push(a.analysis.problems[i]);
      const sent = p.context.diagnostics.find((c) => c.code === d.code && sameRange(c.range, d.range));
      diagnostics.push(sent ?? toLspDiagnostic(d));
    });
    if (problems.length === 0) return [];
    return codeActions(a.analysis, a.positions.span(p.range), problems).flatMap((fix): CodeAction[] => {
      const diagnostic = diagnostics[fix.problem];
      if (!diagnostic) return [];
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [p.textDocument.uri]: fix.edits.map((e) => a.positions.edit(e)) } },
      };
      if (fix.isPreferred) action.isPreferred = true;
      return [action];
    });
  }));
}
