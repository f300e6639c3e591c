/** Replacing one section of bench/RESULTS.md, for the runs that measure one part alone. */

/** RESULTS.md with `section` (starting with `heading`) in place of its old one; else before `before`, else at the end. */
export function withSection(md: string, heading: string, section: string, before?: string): string {
  const start = md.indexOf(heading);
  if (start >= 0) {
    const next = md.indexOf('\n## ', start + heading.length);
    return `${md.slice(0, start)}${section}${next >= 0 ? `\n${md.slice(next + 1)}` : ''}`;
  }
  const at = before === undefined ? -1 : md.indexOf(before);
  return at >= 0 ? `${md.slice(0, at)}${section}\n${md.slice(at)}` : `${md.trimEnd()}\n\n${section}`;
}
