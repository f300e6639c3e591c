/** Ids for an application's `platform` (platforms) and a liability's `covers` (applications and platforms not yet listed). */
import { coveredIds, isCovered, isExposed } from '../../model/exposure';
import type { CompletionEntry } from '../types';
import type { Segment } from '../schemaNav';
import { itemName, itemSummary } from '../summaries';
import { pad, type CompletionEnv, type Place } from './env';

export type ReferenceKind = 'platform' | 'covers';

/** Which reference a value path is: `...applications[i].platform` or `...liabilities[i].covers[j]`. */
export function referenceKind(path: readonly Segment[]): ReferenceKind | undefined {
  const n = path.length;
  if (path[n - 1] === 'platform' && path[n - 3] === 'applications') return 'platform';
  if (typeof path[n - 1] === 'number' && path[n - 2] === 'covers' && path[n - 4] === 'liabilities') return 'covers';
  return undefined;
}

export function referenceEntries(
  env: CompletionEnv,
  kind: ReferenceKind,
  present: readonly string[],
  place: Place,
): CompletionEntry[] {
  const taken = new Set(kind === 'covers' ? present : []);
  const covered = coveredIds(env.items);
  const seen = new Set<string>();
  const out: CompletionEntry[] = [];
  env.items.forEach((it, i) => {
    const id = it.id?.text;
    if (!id || seen.has(id) || taken.has(id)) return;
    if (kind === 'platform' ? it.kind !== 'platform' : it.kind !== 'application' && it.kind !== 'platform') return;
    seen.add(id);
    const needsCover =
      (it.kind === 'application' || it.kind === 'platform') && isExposed(it) && !isCovered(it, covered);
    const label = it.kind === 'platform' ? 'Platform' : 'Application';
    out.push({
      label: id,
      kind: 'reference',
      detail: `${label}${itemName(it) ? `: ${itemName(it)}` : ''}${kind === 'covers' && needsCover ? ' (not covered yet)' : ''}`,
      documentation: itemSummary(it, env.model, env.items),
      insertText: place.prefix + id,
      replace: place.replace,
      sortText: `${kind === 'covers' && !needsCover ? 1 : 0}${pad(i)}`,
    });
  });
  return out;
}
