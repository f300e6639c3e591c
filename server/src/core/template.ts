/** The `strategy init` / "New Strategy File" template: all six conversations, recommended roles. */
import { CONVERSATION_IDS, CONVERSATIONS, recommendedRole } from './catalog';

export interface TemplateOptions {
  organization?: string;
  /** YYYY-MM-DD of the last review (today). */
  today: string;
}

const SPONSOR = 'cio';

export function conversationTeam(id: (typeof CONVERSATION_IDS)[number]): { owner: string; participants: string[] } {
  if (id === 'social-technologies') return { owner: 'cio', participants: ['it-leadership'] };
  const roles = CONVERSATIONS[id].invites.map((fn) => recommendedRole(fn)!);
  const owner = roles[0];
  const participants = [...roles.slice(1)];
  if (owner !== SPONSOR && !participants.includes(SPONSOR)) participants.push(SPONSOR);
  return { owner, participants };
}

export function strategyTemplate({ organization = 'Our organization', today }: TemplateOptions): string {
  const lines = [
    `# Social business strategy of ${organization}.`,
    '# Check it with `strategy check` (Strategy as Code\'s command line, see its README), preview it with "Strategy: Open Preview".',
    `strategy: ${yamlString(`${organization} Social Business Strategy`)}`,
    `organization: ${yamlString(organization)}`,
    `sponsor: ${SPONSOR}  # the CIO convenes the six conversations`,
    'review:',
    '  cadence: quarterly',
    `  last: ${today}`,
    '',
    'conversations:',
  ];
  for (const id of CONVERSATION_IDS) lines.push(...conversationLines(id, organization));
  return `${lines.join('\n')}\n`;
}

function conversationLines(id: (typeof CONVERSATION_IDS)[number], organization: string): string[] {
  const { owner, participants } = conversationTeam(id);
  return [
    `  ${id}:`,
    `    # ${CONVERSATIONS[id].mapsOut}`,
    `    owner: ${owner}`,
    `    participants: [${participants.join(', ')}]`,
    `    summary: ${yamlString(`What ${organization} wants from ${CONVERSATIONS[id].title.toLowerCase()}`)}`,
  ];
}

/**
 * `strategy init FILE --split`: the same strategy as a root whose `include` lists the six
 * conversations' files one by one (`conversations/<id>.strategy.yaml` beside it), and those files.
 */
export function splitStrategyTemplate(
  { organization = 'Our organization', today }: TemplateOptions,
  rootName: string,
): { root: string; parts: { path: string; text: string }[] } {
  const head = strategyTemplate({ organization, today }).split('\nconversations:\n')[0];
  const paths = CONVERSATION_IDS.map((id) => `conversations/${id}.strategy.yaml`);
  const root = [
    head.replace(
      '# Check it with `strategy check`',
      '# One file per conversation, each owned by its leader. Check them all with `strategy check`',
    ),
    'include:',
    ...paths.map((p) => `  - ${p}`),
  ].join('\n');
  const parts = CONVERSATION_IDS.map((id, i) => ({
    path: paths[i],
    text:
      [
        `# The ${id} conversation of ${organization}'s social business strategy.`,
        `part-of: ../${rootName}`,
        'conversations:',
        ...conversationLines(id, organization),
      ].join('\n') + '\n',
  }));
  return { root: `${root}\n`, parts };
}

/** A YAML plain scalar when safe, else a double-quoted string. */
export function yamlString(s: string): string {
  return /^[A-Za-z][A-Za-z0-9 .()&'/-]*$/.test(s) && !/\s$/.test(s) && !/: | #/.test(s) ? s : JSON.stringify(s);
}
