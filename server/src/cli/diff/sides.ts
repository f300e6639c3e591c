/**
 * The strategies of one side of a diff: each file found (or given) is composed on the side's host, so
 * a part compares its whole strategy, once; strategies are keyed by their root's path relative to the
 * current folder (spec: matched by their root's path). Composed at default severities and before
 * suppressions, as the diff compares problems.
 */
import { composedSide, type DiffSide } from '../../core/diff';
import { relativePath, StrategyComposer } from '../../core/compose';
import { DiffFailure } from './failure';
import type { FileSource } from './sources';

export interface SideStrategy {
  /** The root's path relative to the current folder: how the two sides are matched. */
  key: string;
  /** The root as records and headings name it: as found or given, else relative to the current folder. */
  name: string;
  side: DiffSide;
  /** The root's `review.last` as written (--since-review). */
  reviewLast?: string;
}

export class SideStrategies {
  private readonly composer: StrategyComposer;
  /** Real path -> the name it was found or given as. */
  private readonly spelling = new Map<string, string>();
  private readonly byMember = new Map<string, SideStrategy>();

  /** `here`: the current folder's real path, core spelling. */
  constructor(
    readonly source: FileSource,
    readonly here: string,
    today: string,
  ) {
    this.composer = new StrategyComposer(source.host, { today, ignoreSuppressions: true });
  }

  /** The strategies the files belong to, each once, by key. */
  all(names: readonly string[]): Map<string, SideStrategy> {
    for (const name of names) this.realOf(name); // found names spell their files, whichever is composed first
    const out = new Map<string, SideStrategy>();
    for (const name of names) {
      const s = this.of(name);
      if (s) out.set(s.key, s);
    }
    return out;
  }

  /** The strategy `name` belongs to; undefined when the side has no such file. Throws DiffFailure when it cannot be read. */
  of(name: string): SideStrategy | undefined {
    const real = this.realOf(name);
    if (real === undefined) return undefined;
    const known = this.byMember.get(real);
    if (known) return known;
    const r = this.composer.compose(real);
    if ('error' in r)
      throw new DiffFailure(
        `cannot read ${name}${this.source.label === 'worktree' ? '' : ` at ${this.source.label}`}: ${r.error}`,
      );
    const nameOf = (file: string) => this.spelling.get(file) ?? relativePath(this.here, file);
    const s: SideStrategy = {
      key: relativePath(this.here, r.root),
      name: nameOf(r.root),
      side: composedSide(r, nameOf),
    };
    const last = r.model.header.review?.last?.text;
    if (last !== undefined) s.reviewLast = last;
    for (const member of r.files.keys()) if (!this.byMember.has(member)) this.byMember.set(member, s);
    return s;
  }

  private realOf(name: string): string | undefined {
    const real = this.source.host.realpath(this.source.corePath(name));
    if (real !== undefined && !this.spelling.has(real)) this.spelling.set(real, name);
    return real;
  }
}
