/**
 * The StrategyHost of a revision that is handed over piece by piece: the editor's client reads a
 * revision through VS Code's Git extension, which shows a path at a revision (`git show REV:PATH`: a
 * file's text, a folder's entries, or nothing) but cannot list a revision's files. The host answers
 * from what was given so far, under `top` (the repository's top folder as the core spells it), and
 * records in `needs` every path that composing asked for and was not given (relative to `top`, `''`
 * for `top` itself); meanwhile such a path is missing. The caller composes again once the client read
 * them, until nothing is needed. A path outside `top` is no file.
 *
 * A folder's entries do not tell a symbolic link from a file (`git show` of a folder does not), so a
 * link at the revision is read as the file it is stored as (its target's path).
 */
import { basename, dirname } from '../compose/paths';
import type { DirEntry, ReadResult, StrategyHost } from '../host';

export interface GivenRevision {
  files: readonly { path: string; text: string }[];
  /** Each folder's entries' names; a folder's ends in `/`. */
  folders?: readonly { path: string; entries: readonly string[] }[];
  /** Paths the revision does not have. */
  absent?: readonly string[];
}

export interface GivenRevisionHost extends StrategyHost {
  /** The paths asked for and not given, relative to `top`, in the order first asked. */
  readonly needs: readonly string[];
}

type Kind = 'file' | 'folder' | 'absent';

const MISSING: ReadResult = { error: 'no such file or folder' };

export function givenRevisionHost(top: string, given: GivenRevision): GivenRevisionHost {
  const prefix = top.endsWith('/') ? top : `${top}/`;
  const texts = new Map(given.files.map((f) => [f.path, f.text]));
  const listings = new Map<string, Map<string, DirEntry['kind']>>();
  for (const f of given.folders ?? []) {
    const entries = new Map<string, DirEntry['kind']>();
    for (const e of f.entries) entries.set(e.endsWith('/') ? e.slice(0, -1) : e, e.endsWith('/') ? 'folder' : 'file');
    listings.set(f.path, entries);
  }
  const absent = new Set(given.absent ?? []);
  /** Folders known to exist: those listed and every folder above a given file or folder. */
  const known = new Set<string>(listings.keys());
  for (const p of [...texts.keys(), ...listings.keys()])
    for (let d = parent(p); d !== undefined; d = parent(d)) known.add(d);
  const needs = new Set<string>();

  const relOf = (file: string): string | undefined =>
    file === top || `${file}/` === prefix ? '' : file.startsWith(prefix) ? file.slice(prefix.length) : undefined;

  /** What the path is at the revision, as far as what was given tells; undefined when it does not. */
  const kindOf = (rel: string): Kind | undefined => {
    if (texts.has(rel)) return 'file';
    if (listings.has(rel) || known.has(rel)) return 'folder';
    if (absent.has(rel)) return 'absent';
    const up = parent(rel);
    if (up === undefined) return undefined;
    const listed = listings.get(up)?.get(basename(rel));
    if (listed === 'folder') return 'folder';
    if (listed !== undefined) return 'file';
    if (listings.has(up)) return 'absent';
    const above = kindOf(up);
    return above === 'absent' || above === 'file' ? 'absent' : undefined;
  };

  /** The path's kind, recording it as needed when it is not known (or when a file's text is not given). */
  const ask = (file: string, wantText: boolean): { rel: string; kind: Kind } | undefined => {
    const rel = relOf(file);
    if (rel === undefined) return undefined;
    const kind = kindOf(rel);
    if (kind === undefined || (wantText && kind === 'file' && !texts.has(rel))) {
      needs.add(rel);
      return undefined;
    }
    return { rel, kind };
  };

  return {
    get needs() {
      return [...needs];
    },
    readFile(file) {
      const at = ask(file, true);
      if (!at || at.kind === 'absent') return MISSING;
      if (at.kind === 'folder') return { error: 'is a folder' };
      return { text: texts.get(at.rel)! };
    },
    realpath(file) {
      const at = ask(file, false);
      return at && at.kind !== 'absent' ? file : undefined;
    },
    readDir(folder) {
      const at = ask(folder, false);
      if (!at || at.kind !== 'folder') return undefined;
      const entries = listings.get(at.rel);
      if (!entries) {
        needs.add(at.rel); // known to exist (a file below it was given), not listed
        return undefined;
      }
      return [...entries].map(([name, kind]) => ({ name, kind }));
    },
  };
}

/** The folder above a relative path (`''` for a top-level one), or undefined for `''` itself. */
function parent(rel: string): string | undefined {
  if (rel === '') return undefined;
  const d = dirname(rel);
  return d === '.' ? '' : d;
}
