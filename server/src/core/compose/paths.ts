/** `/`-separated path arithmetic for the core (which may not import node's path). */

export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\');
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return /^[A-Za-z]:$/.test(p.slice(0, i)) ? `${p.slice(0, i)}/` : p.slice(0, i);
}

export function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** Joins and normalises (`.` and `..` resolved; `..` above the root stays at the root). */
export function joinPath(base: string, rel: string): string {
  const lead = /^[A-Za-z]:\//.test(base) ? base.slice(0, 3) : base.startsWith('/') ? '/' : '';
  const out: string[] = [];
  for (const seg of `${base.slice(lead.length)}/${rel}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!lead) out.push('..');
    } else out.push(seg);
  }
  return lead + out.join('/') || '.';
}

/** The path of `to` relative to the folder `from`, `/`-separated. */
export function relativePath(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/') || '.';
}

/** Code-point order (the spec's order for glob matches), not UTF-16 code-unit order. */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

export const STRATEGY_FILE_NAME = /\.strategy\.ya?ml$/;
