/** The LSP diagnostics of one file of a composed strategy: related places (a duplicate's first occurrence) in whichever file they are. */
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { ComposedStrategy } from '../../core/compose';
import { toLspDiagnostic, TextPositions } from '../convert';

export interface FileNames {
  uriOf(file: string): string;
  positions(file: string): TextPositions;
}

export function fileDiagnostics(s: ComposedStrategy, file: string, names: FileNames): LspDiagnostic[] {
  const a = s.files.get(file);
  if (!a) return [];
  return a.problems.map((p) => {
    const d = toLspDiagnostic(p, names.positions(file));
    const related = (p.related ?? []).filter((r) => s.files.has(r.span.file ?? file));
    if (related.length) {
      d.relatedInformation = related.map((r) => {
        const where = r.span.file ?? file;
        return {
          location: { uri: names.uriOf(where), range: names.positions(where).range(r.span) },
          message: r.message,
        };
      });
    }
    return d;
  });
}

/** Positions of the files of one strategy, each counted once. */
export function positionsOf(s: ComposedStrategy): (file: string) => TextPositions {
  const known = new Map<string, TextPositions>();
  return (file) => {
    let p = known.get(file);
    if (!p) known.set(file, (p = TextPositions.of(s.files.get(file)!)));
    return p;
  };
}
