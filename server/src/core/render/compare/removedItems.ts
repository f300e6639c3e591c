/** Where a removed item goes in the head's list: right after the nearest item before it (in the base's list) that the head still has. */

/**
 * Merges the drawings of removed base items into the head's drawn list. `headIds[i]` is the id of
 * `drawn[i]`; `base` is the base side's list in its order; `gone` the ids removed from this list.
 */
export function insertRemoved<T extends { id?: string }>(
  headIds: readonly (string | undefined)[],
  drawn: readonly string[],
  base: readonly T[],
  gone: ReadonlySet<string>,
  draw: (x: T) => string,
): string[] {
  // after[i]: removed drawings that follow head position i; index -1 (key 0 below) is "before everything".
  const after = new Map<number, string[]>();
  let anchor = -1;
  const done = new Set<string>();
  for (const x of base) {
    if (x.id === undefined) continue;
    if (gone.has(x.id) && !done.has(x.id)) {
      done.add(x.id);
      const list = after.get(anchor) ?? [];
      list.push(draw(x));
      after.set(anchor, list);
      continue;
    }
    const at = headIds.indexOf(x.id);
    if (at >= 0) anchor = at;
  }
  const out = [...(after.get(-1) ?? [])];
  drawn.forEach((d, i) => out.push(d, ...(after.get(i) ?? [])));
  return out;
}
