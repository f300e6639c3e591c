/**
 * Anchors and aliases cannot cross files: an alias whose anchor would land in another file (or the
 * reverse) blocks a split. Regions are the parts' line ranges; everything else stays in the root.
 */
import { isAlias, isNode, visit, type Document } from 'yaml';
import type { Span } from '../../types';

export interface CrossingAlias {
  name: string;
  /** The alias's offset. */
  at: number;
}

export function crossingAlias(document: Document | undefined, regions: readonly Span[]): CrossingAlias | undefined {
  if (!document) return undefined;
  const anchors: { name: string; at: number }[] = [];
  const aliases: { name: string; at: number }[] = [];
  visit(document, (_key, node) => {
    if (isAlias(node)) aliases.push({ name: node.source, at: node.range?.[0] ?? 0 });
    else if (isNode(node) && node.anchor) anchors.push({ name: node.anchor, at: node.range?.[0] ?? 0 });
  });
  if (aliases.length === 0) return undefined;
  const regionOf = (at: number) => regions.findIndex((r) => r.start <= at && at < r.end);
  for (const alias of aliases) {
    // An alias refers to the latest anchor of its name before it.
    let anchor: { at: number } | undefined;
    for (const a of anchors) if (a.name === alias.name && a.at < alias.at && (!anchor || a.at > anchor.at)) anchor = a;
    if (anchor && regionOf(anchor.at) !== regionOf(alias.at)) return alias;
  }
  return undefined;
}
