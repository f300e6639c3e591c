/**
 * A seeded generator of spec-conformant strategy files of a chosen size, with a few deliberate
 * problems whose codes and lines the benchmark asserts (so nothing is timed that did not work).
 *
 *   node --import tsx bench/generate.ts --lines 10000 [--seed 7] > big.strategy.yaml
 */
import { BUILT_IN_ROLES, CONVERSATION_IDS, recommendedRole, type ConversationId } from '../server/src/core/catalog';
import type { RuleCode } from '../server/src/core/types';
import {
  conversationHeader,
  goalLines,
  liabilityLines,
  makeApplication,
  makePlatform,
  type Line,
  type Rng,
} from './generate-items';

/** The day every benchmark run checks against: no review or goal is overdue on it. */
export const BENCH_TODAY = '2026-11-25';

export interface Position {
  line: number;
  character: number;
}

export interface PlantedProblem {
  code: RuleCode;
  /** 0-based line where the diagnostic starts. */
  line: number;
  what: string;
}

export interface GeneratedStrategy {
  text: string;
  lines: number;
  bytes: number;
  seed: number;
  /** What our checker must report, and nothing else (for BENCH_TODAY). */
  planted: PlantedProblem[];
  /** The line of the planted enum violation (a goal `status`), the only thing a schema-only server reports. */
  schemaErrorLine: number;
  /** A goal near the middle of the file, for edits, completion and hover. */
  probe: { status: Position; statusValue: string; ownerValue: Position; statementKey: Position };
}

const CUSTOM_ROLES: [string, string, string][] = [
  ['community-manager', 'Community Manager', 'marketing'],
  ['support-community-lead', 'Peer Support Community Lead', 'support'],
  ['innovation-lead', 'Open Innovation Lead', 'rnd'],
  ['store-ops-director', 'Director of Store Operations', 'operations'],
  ['data-protection-officer', 'Data Protection Officer', 'regulatory'],
  ['brand-partnerships-lead', 'Brand Partnerships Lead', 'sales'],
  ['learning-lead', 'Head of Learning', 'hr'],
  ['platform-architect', 'Platform Architect', 'it'],
  ['social-risk-analyst', 'Social Risk Analyst', 'security'],
  ['business-analyst', 'Business Analyst', 'business'],
];

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

export function generateStrategy(options: { lines: number; seed?: number }): GeneratedStrategy {
  const seed = options.seed ?? 1;
  // Two passes: estimate the number of items, then correct it by the size the first pass reached.
  let units = Math.max(8, Math.round(options.lines / 7.5));
  let out = build(units, seed);
  const overhead = build(0, seed).lines;
  if (out.lines > overhead) {
    units = Math.max(8, Math.round((units * (options.lines - overhead)) / (out.lines - overhead)));
    out = build(units, seed);
  }
  return out;
}

interface Blocks {
  goals: Line[][];
  applications: Line[][];
  platforms: Line[][];
  liabilities: Line[][];
}

function build(units: number, seed: number): GeneratedStrategy {
  const rng = seededRandom(seed);
  const roleCount = Math.min(CUSTOM_ROLES.length, 3 + Math.floor(units / 200));
  const customRoles = CUSTOM_ROLES.slice(0, Math.max(5, roleCount));
  const roleIds = [...BUILT_IN_ROLES.map((r) => r.id), ...customRoles.map((r) => r[0])];
  let counter = 0;
  const nextId = (stem: string) => `${stem}-${++counter}`;
  const blocks = new Map<ConversationId, Blocks>(
    CONVERSATION_IDS.map((c) => [c, { goals: [], applications: [], platforms: [], liabilities: [] }]),
  );
  const userConversations = CONVERSATION_IDS.filter((c) => c !== 'social-technologies' && c !== 'social-liability');

  const platforms = Array.from({ length: Math.max(2, Math.round(units * 0.12)) }, () =>
    makePlatform(rng, nextId, roleIds),
  );
  for (const p of platforms) blocks.get('social-technologies')!.platforms.push(p.lines);
  const applications = Array.from({ length: Math.max(4, Math.round(units * 0.28)) }, () =>
    makeApplication(rng, nextId, roleIds, rng.pick(platforms).id),
  );
  applications.forEach((a, i) =>
    blocks.get(userConversations[i % userConversations.length])!.applications.push(a.lines),
  );
  const goalIds: string[] = [];
  for (let i = 0; i < Math.max(6, Math.round(units * 0.42)); i++) {
    const id = nextId(rng.pick(['grow', 'reduce', 'launch', 'answer', 'share', 'retire', 'connect', 'measure']));
    goalIds.push(id);
    blocks
      .get(CONVERSATION_IDS[i % CONVERSATION_IDS.length])!
      .goals.push(goalLines(rng, { id, owner: rng.pick(roleIds) }));
  }

  // The deliberate problems, one of each, spread over the conversations.
  const media = blocks.get('social-media')!;
  media.goals.splice(
    1,
    0,
    goalLines(rng, { id: nextId('typo-owner'), owner: 'comunity-manager', mark: 'unknown-role' }),
  );
  const networking = blocks.get('social-networking')!;
  networking.applications.push(
    makeApplication(rng, nextId, roleIds, 'legacy-intranet', {
      audience: 'internal',
      data: ['public'],
      mark: 'unknown-reference',
    }).lines,
  );
  const support = blocks.get('social-support')!;
  support.applications.push(
    makeApplication(rng, nextId, roleIds, undefined, { audience: 'external', mark: 'uncovered-liability' }).lines,
  );
  const innovation = blocks.get('social-innovation')!;
  innovation.goals.push(goalLines(rng, { id: goalIds[0], owner: 'rnd-lead', mark: 'duplicate-id' }));
  innovation.goals.splice(
    1,
    0,
    goalLines(rng, { id: nextId('bad-status'), owner: 'rnd-lead', status: 'ongoing', mark: 'schema' }),
  );

  // Every exposed application and platform is covered, a few at a time, by a liability.
  const exposed = [...applications.filter((a) => a.exposed), ...platforms.filter((p) => p.exposed)].map((x) => x.id);
  for (let i = 0; i < exposed.length; i += 4) {
    blocks
      .get('social-liability')!
      .liabilities.push(liabilityLines(rng, nextId('risk'), roleIds, exposed.slice(i, i + 4)));
  }
  if (exposed.length === 0)
    blocks.get('social-liability')!.liabilities.push(liabilityLines(rng, nextId('risk'), roleIds, []));

  const lines: Line[] = header(customRoles);
  for (const c of CONVERSATION_IDS) {
    const b = blocks.get(c)!;
    lines.push(...conversationHeader(rng, c, participantsOf(c, customRoles)));
    for (const [key, items] of [
      ['goals', b.goals],
      ['applications', b.applications],
      ['platforms', b.platforms],
      ['liabilities', b.liabilities],
    ] as const) {
      if (!items.length) continue;
      lines.push({ text: `    ${key}:` });
      for (const item of items) lines.push(...item);
    }
  }
  return assemble(lines, seed);
}

function participantsOf(
  c: ConversationId,
  customRoles: [string, string, string][],
): { owner: string; participants: string[] } {
  const customOf = (fns: string[]) => customRoles.filter((r) => fns.includes(r[2])).map((r) => r[0]);
  if (c === 'social-technologies') return { owner: 'cio', participants: ['it-leadership', 'cmo', ...customOf(['it'])] };
  const invites: Record<ConversationId, string[]> = {
    'social-media': ['marketing', 'pr', 'sales'],
    'social-networking': ['hr', 'sales', 'operations'],
    'social-support': ['support'],
    'social-innovation': ['rnd'],
    'social-technologies': ['it'],
    'social-liability': ['legal', 'security', 'regulatory'],
  };
  const [owner, ...rest] = invites[c].map((f) => recommendedRole(f)!);
  return { owner, participants: [...rest, ...customOf(invites[c]), 'cio'] };
}

function header(customRoles: [string, string, string][]): Line[] {
  const lines: Line[] = [
    { text: '# Generated benchmark strategy: a large, realistic-looking social business strategy.' },
    { text: '# Spec-conformant except for five deliberate problems the benchmark expects.' },
    { text: '' },
    { text: 'strategy: Contoso Outdoor Social Business Strategy' },
    { text: 'organization: Contoso Outdoor' },
    { text: 'version: "2027.1"' },
    { text: 'sponsor: cio' },
    { text: 'review:' },
    { text: '  cadence: quarterly' },
    { text: '  last: 2026-10-30' },
    { text: '' },
    { text: '# Roles beyond the built-in catalogue.' },
    { text: 'roles:' },
  ];
  for (const [id, title, fn] of customRoles) {
    lines.push({ text: `  ${id}:` }, { text: `    title: ${title}` }, { text: `    function: ${fn}` });
    lines.push({ text: `    description: Represents ${fn} in the conversations that need it` });
  }
  lines.push({ text: '' }, { text: 'conversations:' });
  return lines;
}

function assemble(lines: Line[], seed: number): GeneratedStrategy {
  const planted: PlantedProblem[] = [];
  const goals: { id: number; status?: Position; statusValue?: string; owner?: Position; statement?: Position }[] = [];
  let schemaErrorLine = -1;
  lines.forEach((l, n) => {
    if (l.plant) planted.push({ code: l.plant as RuleCode, line: n, what: l.text.trim() });
    if (l.plant === 'schema') schemaErrorLine = n;
    if (l.goal === undefined) return;
    if (l.goalKey === 'id') goals.push({ id: n });
    const g = goals[goals.length - 1];
    const col = l.text.indexOf(':') + 2;
    if (l.goalKey === 'status')
      [g.status, g.statusValue] = [{ line: n, character: col }, l.text.slice(col).split(/\s/)[0]];
    if (l.goalKey === 'owner') g.owner = { line: n, character: col };
    if (l.goalKey === 'statement') g.statement = { line: n, character: l.text.indexOf('statement') + 2 };
  });
  const usable = goals.filter((g) => g.status && g.owner && g.statement && g.statusValue !== 'ongoing');
  const middle = lines.length / 2;
  const probe = usable.reduce((best, g) => (Math.abs(g.id - middle) < Math.abs(best.id - middle) ? g : best));
  const text = lines.map((l) => l.text).join('\n') + '\n';
  return {
    text,
    lines: lines.length,
    bytes: Buffer.byteLength(text, 'utf8'),
    seed,
    planted,
    schemaErrorLine,
    probe: {
      status: probe.status!,
      statusValue: probe.statusValue!,
      ownerValue: probe.owner!,
      statementKey: probe.statement!,
    },
  };
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  const g = generateStrategy({ lines: Number(flag('--lines') ?? 1000), seed: Number(flag('--seed') ?? 1) });
  process.stdout.write(g.text);
  process.stderr.write(
    `${g.lines} lines, ${g.bytes} bytes; planted: ${g.planted.map((p) => `${p.code}@${p.line + 1}`).join(', ')}\n`,
  );
}
