/** Core results (offsets, plain diagnostics) -> LSP types, and LSP positions -> offsets: the edge. */
import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type Position,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { LineIndex, type Analysis, type Problem, type Severity, type Span } from '../core';
import type { TextEdit } from '../core/features/types';
import type { RuleCode } from '../core/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

let ruleDocUri: (code: RuleCode) => string | undefined = () => undefined;

/**
 * Where the rule pages are (a diagnostic's codeDescription): set by the Node entry (main.ts, the
 * pages shipped beside dist/); the browser build links none.
 */
export function linkRuleDocs(uriOf: (code: RuleCode) => string | undefined): void {
  ruleDocUri = uriOf;
}

/** A problem of the core (offsets) as an LSP diagnostic of this text. */
export function toLspDiagnostic(d: Problem, positions: TextPositions, uri?: string): LspDiagnostic {
  const out: LspDiagnostic = {
    range: positions.range(d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'strategy',
    message: d.message,
  };
  const href = ruleDocUri(d.code); // the page inside the installed product, which the editor opens
  if (href) out.codeDescription = { href };
  if (d.data) out.data = d.data;
  // The first occurrence of a duplicate, in this document (a span of another file names it: the workspace index maps those).
  const related = uri ? (d.related ?? []).filter((r) => !r.span.file) : [];
  if (related.length)
    out.relatedInformation = related.map((r) => ({
      location: { uri: uri!, range: positions.range(r.span) },
      message: r.message,
    }));
  return out;
}

/** Offsets <-> LSP positions for one analysed text, with LSP's clamping of out-of-range positions. */
export class TextPositions {
  private readonly mapper: LineIndex;
  private readonly lastLine: number;

  constructor(
    private readonly text: string,
    mapper?: LineIndex,
  ) {
    this.mapper = mapper ?? new LineIndex(text);
    this.lastLine = this.mapper.position(text.length).line;
  }

  static of(analysis: Analysis): TextPositions {
    return new TextPositions(analysis.text, analysis.lines);
  }

  /** A position past the end of its line means the line's end; past the last line, the text's end. */
  offset(pos: Position): number {
    if (pos.line > this.lastLine) return this.text.length;
    if (pos.line < 0) return 0;
    const start = this.mapper.offset({ line: pos.line, character: 0 });
    const end =
      pos.line < this.lastLine ? this.mapper.offset({ line: pos.line + 1, character: 0 }) - 1 : this.text.length;
    const lineEnd = end > start && this.text[end - 1] === '\r' ? end - 1 : end;
    return Math.min(start + Math.max(0, pos.character), lineEnd);
  }

  position(offset: number): Position {
    return this.mapper.position(offset);
  }

  range(span: Span): Range {
    return this.mapper.range(span);
  }

  span(range: Range): Span {
    const a = this.offset(range.start);
    const b = this.offset(range.end);
    return a <= b ? { start: a, end: b } : { start: b, end: a };
  }

  edit(e: TextEdit): LspTextEdit {
    return { range: this.range(e.span), newText: e.newText };
  }
}

export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
