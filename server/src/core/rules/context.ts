/** What every rule reads: the model, the role catalogue, the id index and today's date. */
import type { RoleInfo } from '../catalog';
import { allItems, itemsById, roleCatalog } from '../model/catalogue';
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

export function createContext(model: StrategyModel, today: string, lineZero: Span): RuleContext {
  const items = allItems(model);
  return { model, today, roles: roleCatalog(model), items, itemsById: itemsById(items), lineZero };
}

export function quote(s: string): string {
  return JSON.stringify(s);
}
