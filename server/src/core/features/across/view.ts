/**
 * Completion and hover in one file of a composed strategy: the file's text and tree, with the whole
 * strategy's model (so the roles and ids of every file are offered and described), and a hover that
 * says in which file a role or item is declared.
 */
import type { Analysis } from '../../analyze';
import type { ComposedStrategy } from '../../compose';
import { LineIndex } from '../../lines';
import { complete } from '../completion';
import { hover } from '../hover';
import type { CompletionEntry, HoverResult } from '../types';
import { definitionAcross } from './navigation';

/** The file's analysis seen with the composed model (undefined when the file is not in the strategy). */
export function composedView(s: ComposedStrategy, file: string): Analysis | undefined {
  const a = s.files.get(file);
  if (!a) return undefined;
  const view = Object.defineProperties({}, Object.getOwnPropertyDescriptors(a)) as Analysis;
  view.model = s.model;
  return view;
}

export function completeAcross(s: ComposedStrategy, file: string, offset: number): CompletionEntry[] {
  const view = composedView(s, file);
  return view ? complete(view, offset) : [];
}

export function hoverAcross(s: ComposedStrategy, file: string, offset: number): HoverResult | undefined {
  const view = composedView(s, file);
  const h = view && hover(view, offset);
  if (!h || s.kind !== 'composed') return h;
  const site = definitionAcross(s, file, offset) ?? (offset > 0 ? definitionAcross(s, file, offset - 1) : undefined);
  if (!site) return h;
  const where = s.files.get(site.file)!;
  const line = (where.lines ?? new LineIndex(where.text)).position(site.start).line + 1;
  return { ...h, contents: `${h.contents}\n\nDefined in \`${s.labels.get(site.file) ?? site.file}\`, line ${line}.` };
}
