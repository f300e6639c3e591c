/**
 * Quick fixes: the analysis's problems that touch the requested range go to the core's `codeActions`
 * (through `fixesAt`, on the server's analysis or the worker's);
 * each fix becomes a quickfix CodeAction carrying the diagnostic it fixes (the client's own object
 * when it sent one with the same code and range).
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic as LspDiagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { sameRange, TextPositions, toLspDiagnostic } from '../convert';
import { fixesAcross } from '../../core/features/across/fixes';
import type { FileEdit } from '../../core/features/across/navigation';
import type { Span } from '../../core';
import type { Across } from './across';
import { fileDiagnostics } from '../workspace/diagnostics';
import { guarded, type ServerContext } from '../context';
import { documentFeatures } from '../documentFeatures';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(
    guarded(ctx, 'Code actions', [], async (p: CodeActionParams, token): Promise<CodeAction[]> => {
      const only = p.context.only;
      if (
        only &&
        !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`))
      )
        return [];
      const d = await documentFeatures(ctx, p.textDocument.uri, token);
      const found = d && (await d.run('fixesAt', d.positions.span(p.range)));
      if (!d || !found) return [];
      const across = d.across && crossFileFixes(ctx, d.across, d.positions.span(p.range));
      const diagnostics: LspDiagnostic[] = found.problems.map((problem) => {
        const x = toLspDiagnostic(problem, d.positions);
        return p.context.diagnostics.find((c) => c.code === x.code && sameRange(c.range, x.range)) ?? x;
      });
      const own = found.fixes
        .filter((fix) => !across?.dropTitles.has(fix.title))
        .flatMap((fix): CodeAction[] => {
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
      if (!across) return own;
      const clientOf = (x: LspDiagnostic) =>
        p.context.diagnostics.find((c) => c.code === x.code && sameRange(c.range, x.range)) ?? x;
      const other = across.fixes.map((fix): CodeAction => ({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [clientOf(across.diagnostics[fix.problem])],
        edit: across.edit(fix.edits),
      }));
      return [...own, ...other];
    }),
  );
}

/** Fixes that edit other files of the document's strategy (see core/features/across/fixes). */
function crossFileFixes(ctx: ServerContext, a: Across, span: Span) {
  const workspace = ctx.workspace;
  if (!workspace) return undefined;
  const analysis = a.strategy.files.get(a.file)!;
  const all = fileDiagnostics(a.strategy, a.file, a);
  const picked = analysis.problems
    .map((problem, i) => ({ problem, i }))
    .filter(({ problem: q }) => q.span.start <= span.end && span.start <= q.span.end);
  const read = (file: string) => {
    const real = workspace.host.realpath(file);
    const r = real === undefined ? undefined : a.composer.cache.read(workspace.host, real);
    return r && !('error' in r) ? { file: r.file, analysis: r.analysis } : undefined;
  };
  const result = fixesAcross(
    a.strategy,
    a.file,
    picked.map((x) => x.problem),
    read,
  );
  const diagnostics = picked.map((x) => all[x.i]);
  const edit = (edits: FileEdit[]): WorkspaceEdit => {
    const changes: Record<string, TextEdit[]> = {};
    for (const e of edits) {
      const text = a.strategy.files.get(e.span.file)?.text ?? read(e.span.file)?.analysis.text ?? '';
      const positions = a.strategy.files.has(e.span.file) ? a.positions(e.span.file) : new TextPositions(text);
      (changes[a.uriOf(e.span.file)] ??= []).push(positions.edit(e));
    }
    return { changes };
  };
  return { ...result, diagnostics, edit };
}
