/** The items of a generated strategy (goals, applications, platforms, liabilities), as lines of YAML. */
import { CONVERSATIONS, type ConversationId } from '../server/src/core/catalog';

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
}

/** One line of the file; `plant` names the code a deliberate problem on this line must produce. */
export interface Line {
  text: string;
  plant?: string;
  /** Set on the lines of a goal, so that the benchmark can find a goal to edit, complete and hover. */
  goal?: true;
  goalKey?: 'id' | 'statement' | 'owner' | 'status';
}

const VERBS = ['Grow', 'Cut', 'Launch', 'Answer', 'Share', 'Retire', 'Connect', 'Measure', 'Open', 'Train'];
const OBJECTS = [
  'customer advocacy on trip-report blogs',
  'first response time on public channels',
  'the peer repair forum',
  'expert answers between stores',
  'partner sell-through insights',
  'ideas from field testers',
  'duplicate knowledge bases',
  'moderated community replies',
  'employee onboarding circles',
  'brand mentions in reviews',
];
const METRICS = [
  'Share of voice',
  'Median first response time',
  'Monthly active members',
  'Ideas shipped per quarter',
  'Net promoter score',
];
const TARGETS = ['"25%"', '"90%"', '40', '4 million', '60 minutes', '"3x"'];
const APP_NAMES = [
  'Ambassador program',
  'Brand blog',
  'Peer support forum',
  'Idea portal',
  'Expert finder',
  'Mentions alerting',
  'Fan page',
  'Partner exchange',
];
const PLATFORM_NAMES = [
  'WordPress VIP',
  'Khoros Communities',
  'Viva Engage',
  'Confluence Cloud',
  'Sprout Social',
  'Discourse',
  'IdeaScale',
  'Slack Connect',
];
const RISKS = [
  'Customer data published on public channels',
  'Unvetted product claims',
  'Employee data in profiles',
  'Moderator liability for advice',
  'Vendor lock-in of community content',
];
const MITIGATIONS = [
  'Guidelines signed before onboarding',
  'Moderation queue with a 4-hour SLA',
  'Quarterly access review',
  'Data processing agreement in place',
  'Legal review of templates',
];
const COMMENTS = [
  'Reviewed with the owner last quarter.',
  'Kept for the record until the annual reset.',
  'Numbers from the FY2026 baseline.',
  'Depends on the platform renewal.',
];

function date(rng: Rng): string {
  const year = 2027 + rng.int(4);
  const month = String(1 + rng.int(12)).padStart(2, '0');
  const day = String(1 + rng.int(28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function maybeComment(rng: Rng, lines: Line[], indent: string): void {
  if (rng.next() < 0.12) lines.push({ text: `${indent}# ${rng.pick(COMMENTS)}` });
}

export function goalLines(rng: Rng, g: { id: string; owner: string; status?: string; mark?: string }): Line[] {
  const lines: Line[] = [];
  maybeComment(rng, lines, '      ');
  const goal = { goal: true as const };
  lines.push({
    text: `      - id: ${g.id}`,
    goalKey: 'id',
    ...goal,
    plant: g.mark === 'duplicate-id' ? g.mark : undefined,
  });
  lines.push({ text: `        statement: ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`, goalKey: 'statement', ...goal });
  lines.push({
    text: `        owner: ${g.owner}`,
    goalKey: 'owner',
    ...goal,
    plant: g.mark === 'unknown-role' ? g.mark : undefined,
  });
  if (rng.next() < 0.7) lines.push({ text: `        metric: ${rng.pick(METRICS)}`, ...goal });
  if (rng.next() < 0.6) lines.push({ text: `        target: ${rng.pick(TARGETS)}`, ...goal });
  lines.push({ text: `        due: ${date(rng)}`, ...goal });
  const status = g.status ?? rng.pick(['planned', 'active', 'active', 'done', 'dropped']);
  const trailing = rng.next() < 0.1 ? `   # ${rng.pick(COMMENTS)}` : '';
  lines.push({
    text: `        status: ${status}${g.mark === 'schema' ? '' : trailing}`,
    goalKey: 'status',
    ...goal,
    plant: g.mark === 'schema' ? g.mark : undefined,
  });
  return lines;
}

export interface Made {
  id: string;
  exposed: boolean;
  lines: Line[];
}

export function makeApplication(
  rng: Rng,
  nextId: (stem: string) => string,
  roles: readonly string[],
  platform: string | undefined,
  fixed: { audience?: string; data?: string[]; mark?: string } = {},
): Made {
  const id = nextId(rng.pick(['blog', 'forum', 'portal', 'finder', 'alerts', 'fan-page', 'exchange']));
  const audience = fixed.audience ?? rng.pick(['internal', 'internal', 'external', 'partners']);
  const data = fixed.data ?? [
    rng.pick(['public', 'internal', 'confidential', 'customer-pii', 'employee-pii', 'regulated']),
  ];
  const lines: Line[] = [];
  maybeComment(rng, lines, '      ');
  lines.push({ text: `      - id: ${id}`, plant: fixed.mark === 'uncovered-liability' ? fixed.mark : undefined });
  lines.push({ text: `        name: ${rng.pick(APP_NAMES)} ${id.split('-').pop()}` });
  lines.push({ text: `        owner: ${rng.pick(roles)}` });
  if (platform)
    lines.push({
      text: `        platform: ${platform}`,
      plant: fixed.mark === 'unknown-reference' ? fixed.mark : undefined,
    });
  lines.push({ text: `        audience: ${audience}` });
  lines.push({ text: `        data: [${data.join(', ')}]` });
  const exposed =
    audience !== 'internal' ||
    data.some((d) => ['confidential', 'customer-pii', 'employee-pii', 'regulated'].includes(d));
  return { id, exposed, lines };
}

export function makePlatform(rng: Rng, nextId: (stem: string) => string, roles: readonly string[]): Made {
  const id = nextId(rng.pick(['wordpress', 'khoros', 'viva-engage', 'confluence', 'discourse', 'ideascale']));
  const sourcing = rng.pick(['free', 'saas', 'saas', 'on-premises', 'built']);
  const hosting = sourcing === 'on-premises' || sourcing === 'built' ? 'internal' : rng.pick(['internal', 'external']);
  const lines: Line[] = [];
  maybeComment(rng, lines, '      ');
  lines.push(
    { text: `      - id: ${id}` },
    { text: `        name: ${rng.pick(PLATFORM_NAMES)}` },
    { text: `        owner: ${rng.pick(roles)}` },
  );
  lines.push({ text: `        sourcing: ${sourcing}` }, { text: `        hosting: ${hosting}` });
  return { id, exposed: hosting === 'external' || sourcing === 'free', lines };
}

export function liabilityLines(rng: Rng, id: string, roles: readonly string[], covers: string[]): Line[] {
  const lines: Line[] = [];
  maybeComment(rng, lines, '      ');
  lines.push({ text: `      - id: ${id}` }, { text: `        title: ${rng.pick(RISKS)}` });
  lines.push({ text: `        category: ${rng.pick(['legal', 'regulatory', 'security', 'privacy', 'reputational'])}` });
  lines.push({ text: `        owner: ${rng.pick(roles)}` }, { text: `        covers: [${covers.join(', ')}]` });
  lines.push({ text: '        mitigations:' });
  for (let i = 0; i < 1 + rng.int(2); i++) lines.push({ text: `          - ${rng.pick(MITIGATIONS)}` });
  lines.push({ text: `        status: ${rng.pick(['open', 'mitigated', 'accepted'])}` });
  return lines;
}

export function conversationHeader(
  rng: Rng,
  c: ConversationId,
  who: { owner: string; participants: string[] },
): Line[] {
  const lines: Line[] = [
    { text: '  # -------------------------------------------------------------------------' },
    { text: `  # ${CONVERSATIONS[c].title}` },
    { text: '  # -------------------------------------------------------------------------' },
    { text: `  ${c}:` },
    { text: `    owner: ${who.owner}` },
    { text: `    participants: [${who.participants.join(', ')}]` },
    { text: `    summary: ${CONVERSATIONS[c].mapsOut.replace(/[:#]/g, ',')}` },
  ];
  if (rng.next() < 0.5) lines.push({ text: '    review: { cadence: quarterly, last: 2026-10-15 }' });
  return lines;
}
