/** Which applications and platforms are exposed, and which are covered by a liability (spec: uncovered-liability). */
import { EXPOSING_DATA } from '../catalog';
import type { Application, Item, Platform } from './types';

export function isExposed(item: Item): item is Application | Platform {
  if (item.kind === 'application') {
    const audience = item.audience?.text;
    return audience === 'external' || audience === 'partners' || item.data.some((d) => EXPOSING_DATA.includes(d.text));
  }
  if (item.kind === 'platform') return item.hosting?.text === 'external' || item.sourcing?.text === 'free';
  return false;
}

/** Ids named in some liability's covers. */
export function coveredIds(items: readonly Item[]): Set<string> {
  const ids = new Set<string>();
  for (const it of items) if (it.kind === 'liability') for (const c of it.covers) ids.add(c.text);
  return ids;
}

export function isCovered(item: Application | Platform, covered: Set<string>): boolean {
  if (item.id && covered.has(item.id.text)) return true;
  return item.kind === 'application' && !!item.platform && covered.has(item.platform.text);
}
