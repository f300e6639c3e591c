/** The roles a strategy can name and the items it holds: facts every rule, feature and view reads. */
import { BUILT_IN_ROLES, type RoleInfo } from '../catalog';
import type { Item, StrategyModel } from './types';

/** Built-in roles in the table's order, then declared roles in file order; a declared built-in id replaces it. */
export function roleCatalog(model: StrategyModel): Map<string, RoleInfo> {
  const roles = new Map<string, RoleInfo>();
  for (const r of BUILT_IN_ROLES) roles.set(r.id, r);
  for (const d of model.roles) {
    roles.set(d.id, {
      id: d.id,
      title: d.title?.text ?? d.id,
      function: d.function?.text ?? '',
      description: d.description?.text,
      builtIn: false,
    });
  }
  return roles;
}

/** All goals, applications, platforms and liabilities, in file order. */
export function allItems(model: StrategyModel): Item[] {
  const out: Item[] = [];
  // A loop, not push(...list): spreading a list of 100k+ items overflows the stack.
  for (const c of model.conversations)
    for (const list of [c.goals, c.applications, c.platforms, c.liabilities]) for (const it of list) out.push(it);
  return out;
}

/** First occurrence of each id (the shared namespace of goals, applications, platforms, liabilities). */
export function itemsById(items: readonly Item[]): Map<string, Item> {
  const byId = new Map<string, Item>();
  for (const it of items) if (it.id && !byId.has(it.id.text)) byId.set(it.id.text, it);
  return byId;
}
