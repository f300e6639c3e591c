/** One analysis seen by a feature: its model, role catalogue and items, each computed once when first read. */
import type { Analysis } from '../analyze';
import type { RoleInfo } from '../catalog';
import type { Item, StrategyModel } from '../model/types';
import { allItems, roleCatalog } from '../model/catalogue';

export class AnalysisView {
  private roleMap?: Map<string, RoleInfo>;
  private itemList?: Item[];

  constructor(readonly analysis: Analysis) {}

  get model(): StrategyModel {
    return this.analysis.model;
  }

  /** Built-in roles in the spec's order (declared replacements in place), then declared roles. */
  get roles(): Map<string, RoleInfo> {
    return (this.roleMap ??= roleCatalog(this.model));
  }

  get items(): Item[] {
    return (this.itemList ??= allItems(this.model));
  }
}
