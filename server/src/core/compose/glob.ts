/**
 * `include` globs: `*` within one path segment, `**` any number of folders, `?` one character; every
 * other character matches itself. Matching is picomatch's, on a pattern where every other character
 * is escaped first (picomatch alone would read `(a|b)`, `[ab]`, `{a,b}`, `!x`, `+(x)` as patterns).
 */
import picomatch from 'picomatch';
import type { StrategyHost } from '../host';
import { compareCodePoints, joinPath, relativePath, STRATEGY_FILE_NAME } from './paths';

export function isGlob(entry: string): boolean {
  return /[*?]/.test(entry);
}

/** The picomatch pattern for an include glob: only `*`, `**` and `?` stay special; a trailing `**` means `**\/*`. */
export function escapeGlob(glob: string): string {
  const full = /(^|\/)\*\*$/.test(glob) ? `${glob}/*` : glob;
  return full.replace(/[^*?/A-Za-z0-9_]/g, (c) => `\\${c}`);
}

/** A matcher for paths relative to where the glob is anchored, `/`-separated. */
export function globMatcher(glob: string): (relative: string) => boolean {
  return picomatch(escapeGlob(glob), { dot: false, nocase: false, windows: false });
}

/**
 * The strategy files a glob matches below `folder` (the root's folder), as absolute paths in
 * code-point order of their paths relative to `folder`. Symbolic links are not followed; dot-folders
 * and node_modules are not entered.
 */
export function globFiles(host: StrategyHost, folder: string, glob: string): string[] {
  const segments = glob.split('/');
  const firstWild = segments.findIndex(isGlob);
  const base = joinPath(folder, segments.slice(0, firstWild).join('/') || '.');
  const rest = segments.slice(firstWild);
  const maxDepth = rest.includes('**') || rest[rest.length - 1] === '**' ? Infinity : rest.length;
  const match = globMatcher(rest.join('/'));
  const out: { file: string; rel: string }[] = [];
  const walk = (dir: string, rel: string, depth: number) => {
    for (const e of host.readDir(dir) ?? []) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const childPath = joinPath(dir, e.name);
      if (e.kind === 'folder') {
        if (depth + 1 < maxDepth && e.name !== 'node_modules' && !e.name.startsWith('.'))
          walk(childPath, childRel, depth + 1);
      } else if (e.kind === 'file' && STRATEGY_FILE_NAME.test(e.name) && match(childRel)) {
        out.push({ file: childPath, rel: relativePath(folder, childPath) });
      }
    }
  };
  walk(base, '', 0);
  return out.sort((a, b) => compareCodePoints(a.rel, b.rel)).map((m) => m.file);
}
