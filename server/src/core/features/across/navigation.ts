/**
 * Definition, references and rename across the files of a composed strategy: the same symbols as in
 * one file (role ids; goal, application, platform and liability ids), found in the composed model,
 * whose every span names its file. Declarations come in composition order: the root first, then the
 * parts in include order, each in its own line order.
 */
import type { ComposedStrategy } from '../../compose';
import type { Span } from '../../types';
import { BUILT_IN_IDS, editableSpan, idOccurrences, refuseNewName, sameSymbol } from '../navigation';
import type { IdOccurrence, RenameCheck } from '../types';

/** A span in a named file. */
export type FileSpan = Span & { file: string };

/** An edit in a named file. */
export interface FileEdit {
  span: FileSpan;
  newText: string;
}

export type RenameAcross = { ok: true; edits: FileEdit[] } | { ok: false; message: string };

type Located = IdOccurrence & { span: FileSpan };

/** Every id occurrence of the strategy, in composition order. */
export function occurrencesAcross(s: ComposedStrategy): Located[] {
  const order = new Map([...s.files.keys()].map((f, i) => [f, i]));
  return idOccurrences(s.model)
    .map((o) => ({ ...o, span: { ...o.span, file: o.span.file ?? s.root } }))
    .sort((a, b) => (order.get(a.span.file) ?? 0) - (order.get(b.span.file) ?? 0) || a.span.start - b.span.start);
}

/** The id under the cursor in `file` (the cursor may stand just after its last character). */
export function occurrenceAcross(s: ComposedStrategy, file: string, offset: number): Located | undefined {
  let best: Located | undefined;
  for (const o of occurrencesAcross(s)) {
    if (o.span.file !== file || offset < o.span.start || offset > o.span.end) continue;
    if (!best || o.span.end - o.span.start < best.span.end - best.span.start) best = o;
  }
  return best;
}

/** Where the id under the cursor is declared, in whichever file of the strategy. */
export function definitionAcross(s: ComposedStrategy, file: string, offset: number): FileSpan | undefined {
  const at = occurrenceAcross(s, file, offset);
  return at && occurrencesAcross(s).find((o) => o.declaration && sameSymbol(o, at))?.span;
}

export function referencesAcross(
  s: ComposedStrategy,
  file: string,
  offset: number,
  includeDeclaration = true,
): FileSpan[] {
  const at = occurrenceAcross(s, file, offset);
  if (!at) return [];
  return occurrencesAcross(s)
    .filter((o) => sameSymbol(o, at) && (includeDeclaration || !o.declaration))
    .map((o) => o.span);
}

export function prepareRenameAcross(s: ComposedStrategy, file: string, offset: number): RenameCheck {
  const at = occurrenceAcross(s, file, offset);
  if (!at)
    return {
      ok: false,
      message: 'Only role ids and the ids of goals, applications, platforms and liabilities can be renamed.',
    };
  if (at.kind === 'role' && BUILT_IN_IDS.has(at.id) && !s.model.roles.some((r) => r.id === at.id)) {
    return { ok: false, message: `${at.id} is a built-in role and cannot be renamed; declare your own role instead` };
  }
  const spans = new Map<Located, Span | undefined>();
  for (const o of occurrencesAcross(s)) if (sameSymbol(o, at)) spans.set(o, editable(s, o));
  if ([...spans.values()].some((x) => !x)) {
    return {
      ok: false,
      message: `${at.id} is written through a YAML alias or an escape somewhere; rename it by hand.`,
    };
  }
  return { ok: true, span: editable(s, at)!, placeholder: at.id };
}

/** Edits in every file of the strategy that rename the id under the cursor to newName. */
export function renameAcross(s: ComposedStrategy, file: string, offset: number, newName: string): RenameAcross {
  const check = prepareRenameAcross(s, file, offset);
  if (!check.ok) return check;
  const at = occurrenceAcross(s, file, offset)!;
  const refused = refuseNewName(s.model, at, newName);
  if (refused) return refused;
  if (newName === at.id) return { ok: true, edits: [] };
  const edits = occurrencesAcross(s)
    .filter((o) => sameSymbol(o, at))
    .map((o) => ({ span: { ...editable(s, o)!, file: o.span.file }, newText: newName }));
  return { ok: true, edits };
}

function editable(s: ComposedStrategy, o: Located): Span | undefined {
  const text = s.files.get(o.span.file)?.text;
  return text === undefined ? undefined : editableSpan(text, o);
}
