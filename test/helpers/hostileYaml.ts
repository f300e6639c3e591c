// Hostile strategy files for the limit tests: an alias bomb, deep nesting, very long lines, 100k keys.
// Each is built on demand (some are megabytes) and starts with a valid header.

const HEAD = 'strategy: Limits Co\norganization: Limits Co\nsponsor: cio\n';

/** "Billion laughs": nine levels of ten aliases each, 10^9 nodes once expanded. */
export function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const prev = names[i - 1];
    lines.push(`${names[i]}: &${names[i]} [${Array(10).fill(`*${prev}`).join(', ')}]`);
  }
  return `${HEAD}roles:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

/** `levels` nested flow sequences on one line: [[[...]]]. */
export function deepFlowSequences(levels: number): string {
  return `${HEAD}roles: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
}

/** `levels` nested flow mappings on one line: {a: {a: ... 1}}. */
export function deepFlowMappings(levels: number): string {
  return `${HEAD}roles: ${'{a: '.repeat(levels)}1${'}'.repeat(levels)}\n`;
}

/** `levels` nested block sequences written compactly on one line: - - - ... 1 */
export function deepBlockSequences(levels: number): string {
  return `${HEAD}roles:\n  ${'- '.repeat(levels)}1\n`;
}

/** `levels` nested block mappings, each key one column right of its parent (levels^2/2 bytes). */
export function deepBlockMappings(levels: number): string {
  const lines: string[] = [];
  for (let i = 0; i < levels; i++) lines.push(`${' '.repeat(i + 2)}k${i}:`);
  return `${HEAD}roles:\n${lines.join('\n')} 1\n`;
}

/** One line of `bytes` characters: a plain scalar. */
export function longScalarLine(bytes: number): string {
  return `${HEAD.replace('strategy: Limits Co', `strategy: ${'x'.repeat(bytes)}`)}`;
}

/** One line of about `bytes` characters: a flow list of short role ids (a third as many items). */
export function longFlowLine(bytes: number): string {
  return `${HEAD}conversations:\n  social-media:\n    owner: cmo\n    participants: [${'cio, '.repeat(Math.floor(bytes / 5))}pr-lead, sales-lead]\n`;
}

/** `count` tiny keys under roles (each a role without title or function). */
export function manyRoleKeys(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`  r${i}: 1`);
  return `${HEAD}roles:\n${lines.join('\n')}\n`;
}

/** `count` tiny unknown keys at the top level. */
export function manyTopKeys(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`k${i}: 1`);
  return `${HEAD}${lines.join('\n')}\n`;
}
