// Property: splitting a strategy (without duplicate ids) into a root and parts changes nothing but
// where each diagnostic is reported: the composed diagnostics equal the one-file diagnostics, each in
// the file that now holds its node. Only missing-conversation's anchor may move (to the root's
// conversations key, else its include key).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, CONVERSATION_IDS } from '../../server/src/core';
import { strategyDiagnostics, toDiagnostics } from '../../server/src/cli/diagnostics';
import { StrategyComposer } from '../../server/src/core/compose';
import { memoryHost } from '../../server/src/core/host';

const TODAY = '2026-11-25';
const ROLES = [
  'cio',
  'cmo',
  'pr-lead',
  'sales-lead',
  'chro',
  'coo',
  'support-lead',
  'rnd-lead',
  'cso',
  'general-counsel',
  'it-leadership',
  'community-manager',
  'analyst',
  'ghost',
  'cm0',
];
const DECLARABLE: [string, string][] = [
  ['community-manager', 'marketing'],
  ['analyst', 'support'],
  ['cmo', 'pr'],
  ['cso', 'security'],
];

/** A line of YAML and a name that is the same for the line in one file and in the split files. */
type Line = [name: string, text: string];

const item = fc.record({
  owner: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
  ref: fc.nat(30),
  audience: fc.constantFrom('internal', 'external', 'partners'),
  hosting: fc.constantFrom('internal', 'external'),
  open: fc.boolean(),
  mitigated: fc.boolean(),
  due: fc.constantFrom(undefined, '2026-01-01', '2027-01-01'),
});

const conversation = fc.record({
  owner: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
  participants: fc.array(fc.constantFrom(...ROLES), { maxLength: 4 }),
  review: fc.option(fc.constantFrom('2025-01-10', '2026-10-01'), { nil: undefined }),
  goals: fc.array(item, { maxLength: 2 }),
  applications: fc.array(item, { maxLength: 3 }),
  platforms: fc.array(item, { maxLength: 2 }),
  liabilities: fc.array(item, { maxLength: 2 }),
  file: fc.nat(3),
});

const strategy = fc.record({
  sponsor: fc.constantFrom('cio', 'ceo', 'ghost'),
  review: fc.boolean(),
  roles: fc.array(fc.record({ role: fc.nat(DECLARABLE.length - 1), file: fc.nat(3) }), { maxLength: 4 }),
  conversations: fc.array(fc.option(conversation, { nil: undefined }), { minLength: 6, maxLength: 6 }),
  parts: fc.integer({ min: 1, max: 3 }),
  rootConversationsKey: fc.boolean(),
});

type Strategy = typeof strategy extends fc.Arbitrary<infer T> ? T : never;
type ItemT = typeof item extends fc.Arbitrary<infer T> ? T : never;

/** Lines of the header, each declared role and each conversation, with the file (0 = root) each goes to. */
function build(s: Strategy): {
  header: Line[];
  blocks: { kind: 'role' | 'conversation'; file: number; lines: Line[] }[];
} {
  const header: Line[] = [
    ['strategy', 'strategy: Property Co'],
    ['organization', 'organization: Property Co'],
    ['sponsor', `sponsor: ${s.sponsor}`],
  ];
  if (s.review) header.push(['review', 'review: { cadence: annual, last: 2025-09-01 }']);
  const blocks: { kind: 'role' | 'conversation'; file: number; lines: Line[] }[] = [];
  const declared = new Set<number>();
  for (const r of s.roles) {
    if (declared.has(r.role)) continue; // a role is declared once: no duplicates
    declared.add(r.role);
    const [id, fn] = DECLARABLE[r.role];
    blocks.push({
      kind: 'role',
      file: r.file % (s.parts + 1),
      lines: [[`role ${id}`, `  ${id}: { title: ${id} title, function: ${fn} }`]],
    });
  }
  let n = 0;
  const ids: string[] = [];
  s.conversations.forEach((c) => {
    if (!c) return;
    for (const list of [c.goals, c.applications, c.platforms, c.liabilities])
      for (const _ of list) ids.push(`item-${ids.length}`);
  });
  const ref = (k: number) =>
    k < ids.length ? ids[k] : k === 30 ? 'no-such-item' : (ids[k % Math.max(1, ids.length)] ?? 'no-such-item');
  s.conversations.forEach((c, i) => {
    if (!c) return;
    const id = CONVERSATION_IDS[i];
    const lines: Line[] = [[`conv ${id}`, `  ${id}:`]];
    if (c.owner) lines.push([`${id} owner`, `    owner: ${c.owner}`]);
    if (c.participants.length) lines.push([`${id} participants`, `    participants: [${c.participants.join(', ')}]`]);
    if (c.review) lines.push([`${id} review`, `    review: { cadence: semiannual, last: ${c.review} }`]);
    const emit = (key: string, list: ItemT[], fields: (it: ItemT) => string[]) => {
      if (!list.length) return;
      lines.push([`${id} ${key}`, `    ${key}:`]);
      for (const it of list) {
        const itemId = `item-${n++}`;
        lines.push([`${itemId} id`, `      - id: ${itemId}`]);
        for (const f of fields(it)) lines.push([`${itemId} ${f.split(':')[0]}`, `        ${f}`]);
        if (it.owner) lines.push([`${itemId} owner`, `        owner: ${it.owner}`]);
      }
    };
    emit('goals', c.goals, (it) => [
      'statement: A goal',
      ...(it.due ? [`due: ${it.due}`] : []),
      `status: ${it.open ? 'active' : 'done'}`,
    ]);
    emit('applications', c.applications, (it) => [
      'name: An application',
      `audience: ${it.audience}`,
      ...(it.ref % 2 ? [`platform: ${ref(it.ref)}`] : []),
    ]);
    if (id === 'social-technologies')
      emit('platforms', c.platforms, (it) => ['name: A platform', `hosting: ${it.hosting}`]);
    else n += c.platforms.length;
    if (id === 'social-liability') {
      emit('liabilities', c.liabilities, (it) => [
        'title: A liability',
        `covers: [${ref(it.ref)}, ${ref(it.ref + 3)}]`,
        ...(it.mitigated ? ['mitigations: [A mitigation]'] : []),
        `status: ${it.open ? 'open' : 'accepted'}`,
      ]);
    } else n += c.liabilities.length;
    blocks.push({ kind: 'conversation', file: c.file % (s.parts + 1), lines });
  });
  // Composition order is the one-file order: the root's blocks, then each part's.
  blocks.sort((a, b) => a.file - b.file);
  return { header, blocks };
}

/** name -> "file:line" of every line, and the texts of the files. */
function write(files: Map<string, Line[]>): { texts: Map<string, string>; where: Map<string, string> } {
  const texts = new Map<string, string>();
  const where = new Map<string, string>();
  for (const [file, lines] of files) {
    texts.set(file, `${lines.map((l) => l[1]).join('\n')}\n`);
    lines.forEach(([name], i) => where.set(`${file}:${i}`, name));
  }
  return { texts, where };
}

function oneFile(s: Strategy): { texts: Map<string, string>; where: Map<string, string> } {
  const { header, blocks } = build(s);
  const lines: Line[] = [...header];
  const roles = blocks.filter((b) => b.kind === 'role');
  if (roles.length) lines.push(['roles', 'roles:'], ...roles.flatMap((b) => b.lines));
  lines.push(
    ['conversations', 'conversations:'],
    ...blocks.filter((b) => b.kind === 'conversation').flatMap((b) => b.lines),
  );
  return write(new Map([['/one/social.strategy.yaml', lines]]));
}

function split(s: Strategy): { texts: Map<string, string>; where: Map<string, string> } {
  const { header, blocks } = build(s);
  const files = new Map<string, Line[]>();
  const partName = (i: number) => `/split/parts/p${i}.strategy.yaml`;
  for (let f = 0; f <= s.parts; f++) {
    const lines: Line[] = f === 0 ? [...header] : [[`part-of ${f}`, 'part-of: ../social.strategy.yaml']];
    const roles = blocks.filter((b) => b.kind === 'role' && b.file === f);
    if (roles.length) lines.push([`roles ${f}`, 'roles:'], ...roles.flatMap((b) => b.lines));
    if (f === 0)
      lines.push([
        'include',
        `include: [${Array.from({ length: s.parts }, (_, i) => `parts/p${i + 1}.strategy.yaml`).join(', ')}]`,
      ]);
    const convs = blocks.filter((b) => b.kind === 'conversation' && b.file === f);
    if (convs.length || (f === 0 && s.rootConversationsKey))
      lines.push([`conversations ${f}`, 'conversations:'], ...convs.flatMap((b) => b.lines));
    files.set(f === 0 ? '/split/social.strategy.yaml' : partName(f), lines);
  }
  return write(files);
}

/** Every diagnostic as "line-name col severity code message", missing-conversation without its place. */
function described(file: string, diagnostics: ReturnType<typeof toDiagnostics>, where: Map<string, string>): string[] {
  return diagnostics.map((d) => {
    const at =
      d.code === 'missing-conversation'
        ? '(anchor)'
        : `${where.get(`${file}:${d.range.start.line}`)} ${d.range.start.character}-${d.range.end.character}`;
    return `${at} ${d.severity} ${d.code} ${d.message}`;
  });
}

test('composed diagnostics equal the one-file diagnostics, each in the file that holds its node', () => {
  let total = 0;
  fc.assert(
    fc.property(strategy, (s) => {
      const one = oneFile(s);
      const [[oneName, oneText]] = [...one.texts];
      const expected = described(oneName, toDiagnostics(analyze(oneText, oneName, { today: TODAY })), one.where).sort();
      const parts = split(s);
      const composer = new StrategyComposer(memoryHost(parts.texts), { today: TODAY });
      const r = composer.compose('/split/social.strategy.yaml');
      assert.ok(!('error' in r));
      const c = r;
      assert.equal(c.files.size, s.parts + 1, 'every part is composed');
      const actual: string[] = [];
      for (const file of c.files.keys()) actual.push(...described(file, strategyDiagnostics(c, file), parts.where));
      assert.ok(
        ![...expected, ...actual].some((d) => d.startsWith('undefined')),
        'every diagnostic is on a named line',
      );
      assert.deepEqual(actual.sort(), expected);
      total += expected.length;
    }),
    { numRuns: 100, seed: 12 },
  );
  assert.ok(total > 500, `the strategies have diagnostics to compare (${total})`);
});
