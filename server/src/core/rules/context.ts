/** What every rule reads: the model, the role catalogue, the id index and today's date. */
import { BUILT_IN_ROLES, type RoleInfo } from '../catalog';
import type { Item, StrategyModel } from '../model/types';
import type { RuleCode, Severity, Span } from '../types';

export interface RuleContext {
  model: StrategyModel;
  /** YYYY-MM-DD */
  today: string;
  /** Built-in roles in the table's order, then declared roles in file order; a declared built-in id replaces it. */
  roles: Map<string, RoleInfo>;
  /** All goals, applications, platforms and liabilities, in file order. */
  items: Item[];
  /** First occurrence of each id (the shared namespace of goals, applications, platforms, liabilities). */
  itemsById: Map<string, Item>;
  /** Where a diagnostic "at line 0" lands: the first line of the file. */
  lineZero: Span;
}

export interface Finding {
  span: Span;
  message: string;
  /** Overrides the rule's default severity for this finding (missing-owner has two defaults). */
  severity?: Severity;
  data?: Record<string, unknown>;
  /** Another place the finding points at (the first occurrence of a duplicate). */
  related?: { span: Span; message: string }[];
}

export interface Rule {
  code: RuleCode;
  defaultSeverity: Severity;
  /** One sentence for docs, SARIF help and hover. */
  description: string;
  check(ctx: RuleContext): Finding[];
}

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

export function allItems(model: StrategyModel): Item[] {
  const out: Item[] = [];
  // A loop, not push(...list): spreading a list of 100k+ items overflows the stack.
  for (const c of model.conversations) for (const list of [c.goals, c.applications, c.platforms, c.liabilities]) for (const it of list) out.push(it);
  return out;
}

export function createContext(model: StrategyModel, today: string, lineZero: Span): RuleContext {
  const items = allItems(model);
  const itemsById = new Map<string, Item>();
  for (const it of items) if (it.id && !itemsById.has(it.id.text)) itemsById.set(it.id.text, it);
  return { model, today, roles: roleCatalog(model), items, itemsById, lineZero };
}

export function quote(s: string): string {
  return JSON.stringify(s);
}
