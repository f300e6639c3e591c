/**
 * Compare mode for a document of a strategy the workspace composes: the whole strategy on both sides
 * (spec: a strategy across files is compared as one strategy; which file an item is written in is no
 * change). The base is composed from what the client read at the revision, and the answer is `needs`
 * until the client has read every path composing it asked for; the head is the workspace's strategy,
 * composed again at default severities and before suppressions for the records (the page keeps the
 * user's settings). A one-file strategy goes the same way, in one round trip.
 */
import { relativePath, StrategyComposer } from '../../core/compose';
import { renderComposedCompare } from '../../core/compose/render';
import { composeBase, diffAcross, type BaseAt } from '../../core/diff/compareAcross';
import type { ChangeRecord } from '../../core/diff';
import type { StrategyHost } from '../../core/host';
import type { CompareBase, CompareNeeds } from '../../protocol';
import type { Across } from './across';

export interface AcrossRender {
  title: string;
  body: string;
  broken: boolean;
  records: ChangeRecord[];
}

/** How many documents' bases are kept composed (each answer of a live compare reuses its document's). */
const KEPT_BASES = 16;

export class AcrossCompares {
  private diffComposer?: { today: string; composer: StrategyComposer };
  private readonly bases = new Map<string, { key: string; at: BaseAt }>();

  /** @param host the workspace's host (open documents first, then the disk) */
  constructor(private readonly host: StrategyHost) {}

  /**
   * The comparison of the document's strategy with `base`, or what the base still needs; undefined
   * when the base does not say where the document is in its repository (then only its text compares).
   */
  answer(uri: string, across: Across, base: CompareBase, today: string): AcrossRender | CompareNeeds | undefined {
    if (typeof base.path !== 'string') return undefined;
    const top = repositoryTop(across.file, base.path);
    if (top === undefined) return undefined;
    const root = across.strategy.root;
    const at = this.baseAt(uri, top, base, root, today);
    if ('needs' in at) return { needs: at.needs };
    const head = this.composer(today).compose(root);
    if ('error' in head) return undefined;
    const records = diffAcross(top, at.base, head);
    const nameOf = (file: string) => relativePath(top, file);
    const render = renderComposedCompare(across.strategy, { today, label: base.label, records, base: at.base, nameOf });
    return { ...render, records };
  }

  /** The base composed from what the client sent, kept while the client sends the same. */
  private baseAt(uri: string, top: string, base: CompareBase, root: string, today: string): BaseAt {
    const given = { files: base.files ?? [], folders: base.folders ?? [], absent: base.absent ?? [] };
    const key = JSON.stringify([top, root, today, given]);
    const kept = this.bases.get(uri);
    if (kept?.key === key) return kept.at;
    const at = composeBase(top, given, root, today);
    this.bases.delete(uri);
    this.bases.set(uri, { key, at });
    for (const old of this.bases.keys()) {
      if (this.bases.size <= KEPT_BASES) break;
      this.bases.delete(old);
    }
    return at;
  }

  /** The head's composer at default severities and before suppressions (as `strategy diff`), one per today. */
  private composer(today: string): StrategyComposer {
    if (this.diffComposer?.today !== today) {
      this.diffComposer = { today, composer: new StrategyComposer(this.host, { today, ignoreSuppressions: true }) };
    }
    return this.diffComposer.composer;
  }
}

/**
 * The repository's top folder, from the document's real path and its path relative to the
 * repository (as the client's Git extension names it); undefined when the one does not end with the other.
 */
export function repositoryTop(file: string, path: string): string | undefined {
  const rel = path.split('\\').join('/').replace(/^\/+/, '');
  if (!rel || rel.split('/').some((s) => s === '' || s === '.' || s === '..')) return undefined;
  if (!file.endsWith(`/${rel}`)) return undefined;
  const top = file.slice(0, file.length - rel.length - 1);
  return top === '' ? '/' : /^[A-Za-z]:$/.test(top) ? `${top}/` : top;
}
