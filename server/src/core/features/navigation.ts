/**
 * Go to definition, find references and rename for role ids and entity ids (goals, applications,
 * platforms and liabilities share one namespace). Pure and offset-based: the adapter maps positions.
 */
import type { Analysis } from '../analyze';
import { BUILT_IN_ROLES } from '../catalog';
import type { StrategyModel, Value } from '../model/types';
import { allItems } from '../model/catalogue';
import type { Span } from '../types';
import type { IdOccurrence, RenameCheck, RenameResult, TextEdit } from './types';

export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
export const BUILT_IN_IDS = new Set(BUILT_IN_ROLES.map((r) => r.id));

/** Every role id and entity id in the file, declarations and uses, in file order. */
export function idOccurrences(model: StrategyModel): IdOccurrence[] {
  const out: IdOccurrence[] = [];
  const use = (kind: IdOccurrence['kind'], v: Value | undefined, declaration = false) => {
    // A role named by a value of the wrong type (`sponsor: 42`) is no role reference: the schema reports it.
    if (v && (kind !== 'role' || v.isString)) out.push({ kind, id: v.text, span: v.span, declaration });
  };
  for (const r of model.roles) out.push({ kind: 'role', id: r.id, span: r.keySpan, declaration: true });
  use('role', model.header.sponsor);
  for (const c of model.conversations) {
    use('role', c.owner);
    for (const p of c.participants) use('role', p);
  }
  for (const it of allItems(model)) {
    use('entity', it.id, true);
    use('role', it.owner);
    if (it.kind === 'application') use('entity', it.platform);
    if (it.kind === 'liability') for (const ref of it.covers) use('entity', ref);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The id under the cursor (the cursor may stand just after its last character). */
export function occurrenceAt(analysis: Analysis, offset: number): IdOccurrence | undefined {
  let best: IdOccurrence | undefined;
  for (const o of idOccurrences(analysis.model)) {
    if (offset < o.span.start || offset > o.span.end) continue;
    if (!best || o.span.end - o.span.start < best.span.end - best.span.start) best = o;
  }
  return best;
}

export function sameSymbol(a: IdOccurrence, b: IdOccurrence): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/**
 * Where the id under the cursor is declared: a role's key under `roles:` (a built-in role that the
 * file does not redeclare has no location), or the first item with that id.
 */
export function definition(analysis: Analysis, offset: number): Span | undefined {
  const at = occurrenceAt(analysis, offset);
  if (!at) return undefined;
  return idOccurrences(analysis.model).find((o) => o.declaration && sameSymbol(o, at))?.span;
}

/** Every occurrence of the id under the cursor, in file order; declarations only when asked for. */
export function references(analysis: Analysis, offset: number, includeDeclaration = true): Span[] {
  const at = occurrenceAt(analysis, offset);
  if (!at) return [];
  return idOccurrences(analysis.model)
    .filter((o) => sameSymbol(o, at) && (includeDeclaration || !o.declaration))
    .map((o) => o.span);
}

export function prepareRename(analysis: Analysis, offset: number): RenameCheck {
  const at = occurrenceAt(analysis, offset);
  if (!at) {
    return {
      ok: false,
      message: 'Only role ids and the ids of goals, applications, platforms and liabilities can be renamed.',
    };
  }
  if (at.kind === 'role' && BUILT_IN_IDS.has(at.id) && !analysis.model.roles.some((r) => r.id === at.id)) {
    return { ok: false, message: `${at.id} is a built-in role and cannot be renamed; declare your own role instead` };
  }
  const all = idOccurrences(analysis.model).filter((o) => sameSymbol(o, at));
  const blocked = all.find((o) => !editableSpan(analysis.text, o));
  if (blocked) {
    return {
      ok: false,
      message: `${at.id} is written through a YAML alias or an escape somewhere; rename it by hand.`,
    };
  }
  return { ok: true, span: editableSpan(analysis.text, at)!, placeholder: at.id };
}

/** Edits that rename every occurrence of the id under the cursor to newName. */
export function rename(analysis: Analysis, offset: number, newName: string): RenameResult {
  const check = prepareRename(analysis, offset);
  if (!check.ok) return check;
  const at = occurrenceAt(analysis, offset)!;
  const refused = refuseNewName(analysis.model, at, newName);
  if (refused) return refused;
  if (newName === at.id) return { ok: true, edits: [] };
  const edits: TextEdit[] = idOccurrences(analysis.model)
    .filter((o) => sameSymbol(o, at))
    .map((o) => ({ span: editableSpan(analysis.text, o)!, newText: newName }));
  return { ok: true, edits };
}

/** Why an occurrence cannot be renamed to newName (not kebab-case, or taken), or undefined when it can. */
export function refuseNewName(
  model: StrategyModel,
  at: IdOccurrence,
  newName: string,
): { ok: false; message: string } | undefined {
  if (!ID_PATTERN.test(newName)) {
    return {
      ok: false,
      message: `"${newName}" is not a valid id: use kebab-case (lowercase letters, digits and hyphens, starting with a letter).`,
    };
  }
  if (newName === at.id) return undefined;
  const taken =
    at.kind === 'role'
      ? BUILT_IN_IDS.has(newName) || model.roles.some((r) => r.id === newName)
      : allItems(model).some((it) => it.id?.text === newName);
  if (!taken) return undefined;
  const what = at.kind === 'role' ? 'a role' : 'the id of another goal, application, platform or liability';
  return { ok: false, message: `${newName} is already ${what}; pick another name.` };
}

/** The id's own characters inside its span (quotes excluded), or undefined when the source spells it otherwise. */
export function editableSpan(text: string, o: IdOccurrence): Span | undefined {
  let { start, end } = o.span;
  const first = text[start];
  if ((first === '"' || first === "'") && text[end - 1] === first && end - start >= 2) {
    start++;
    end--;
  }
  return text.slice(start, end) === o.id ? { start, end } : undefined;
}
