/**
 * The compositions the workspace holds: one per strategy, by its root, with what it looked at (files
 * read, folders listed) and which file belongs to which strategy. A change to a path re-composes
 * exactly the strategies that looked at it; the composer's per-file cache means that only the changed
 * file is parsed again (only its touched blocks), then the strategy's rules run again.
 */
import type { ComposedStrategy, StrategyComposer } from '../../core/compose';
import { concerns, type Dependencies, type WorkspaceHost } from './host';

export interface Held {
  strategy: ComposedStrategy;
  deps: Dependencies;
}

export class Strategies {
  private readonly byRoot = new Map<string, Held>();
  private readonly rootOf = new Map<string, string>();

  constructor(private readonly host: WorkspaceHost) {}

  /** The strategy `file` belongs to, as last composed. */
  of(file: string): ComposedStrategy | undefined {
    const root = this.rootOf.get(file);
    return root === undefined ? undefined : this.byRoot.get(root)?.strategy;
  }

  has(file: string): boolean {
    return this.rootOf.has(file);
  }

  all(): IterableIterator<Held> {
    return this.byRoot.values();
  }

  /** Drops every strategy a change at one of `files` concerns; answers their members (who must be composed again). */
  invalidate(files: readonly string[]): Set<string> {
    const members = new Set<string>();
    for (const [root, held] of this.byRoot) {
      if (!files.some((f) => concerns(held.deps, f))) continue;
      this.byRoot.delete(root);
      for (const m of held.strategy.files.keys()) {
        members.add(m);
        if (this.rootOf.get(m) === root) this.rootOf.delete(m);
      }
    }
    return members;
  }

  /** Composes the strategy of `file` (unless it is already held); undefined when the file cannot be read. */
  compose(file: string, composer: StrategyComposer): ComposedStrategy | { error: string } {
    const known = this.of(file);
    if (known) return known;
    const { result, deps } = this.host.record(() => composer.compose(file));
    if ('error' in result) return result;
    const previous = this.byRoot.get(result.root);
    if (previous)
      for (const m of previous.strategy.files.keys()) if (this.rootOf.get(m) === result.root) this.rootOf.delete(m);
    this.byRoot.set(result.root, { strategy: result, deps });
    for (const m of result.files.keys()) this.rootOf.set(m, result.root);
    return result;
  }
}
