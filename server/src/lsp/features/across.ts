/**
 * An open document's strategy as the workspace composed it, with what handlers need to answer
 * across its files: offsets <-> positions of any file of it, and each file's URI.
 */
import type { ComposedStrategy, StrategyComposer } from '../../core/compose';
import type { FileEdit, FileSpan } from '../../core/features/across/navigation';
import type { TextPositions } from '../convert';
import { positionsOf as strategyPositions } from '../workspace/diagnostics';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { StrategyWorkspace } from '../workspace/workspace';
import type { Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { countSeverities, type ProblemCounts } from '../../core/problemCounts';

export interface Across {
  strategy: ComposedStrategy;
  /** The document's real path, as the strategy names it. */
  file: string;
  composer: StrategyComposer;
  positions(file: string): TextPositions;
  uriOf(file: string): string;
  location(span: FileSpan): Location;
  /** One WorkspaceEdit with the edits of every file, keyed by URI. */
  edit(edits: readonly FileEdit[]): WorkspaceEdit;
}

/** The strategy of an open document the workspace checks (undefined otherwise: answer from the document alone). */
export async function acrossAt(
  ctx: { workspace?: StrategyWorkspace; documents: { get(uri: string): TextDocument | undefined } },
  uri: string,
): Promise<Across | undefined> {
  const workspace = ctx.workspace;
  const document = ctx.documents.get(uri);
  if (!workspace || !document || !workspace.handles(document)) return undefined;
  const found = await workspace.strategyOf(uri);
  if (!found) return undefined;
  const positionsOf = strategyPositions(found.strategy);
  const uriOf = (file: string) => (file === found.file ? uri : workspace.uriOf(file));
  return {
    ...found,
    positions: positionsOf,
    uriOf,
    location: (span) => ({ uri: uriOf(span.file), range: positionsOf(span.file).range(span) }),
    edit: (edits) => {
      const changes: Record<string, TextEdit[]> = {};
      for (const e of edits) (changes[uriOf(e.span.file)] ??= []).push(positionsOf(e.span.file).edit(e));
      return { changes };
    },
  };
}

/** The problems of every file of the strategy, by severity, for `strategy/counts` (the status bar). */
export function countsAcross(a: Across): ProblemCounts & { files: number } {
  const severities = [...a.strategy.files.values()].flatMap((f) => f.problems.map((p) => p.severity));
  return { files: a.strategy.files.size, ...countSeverities(severities) };
}
