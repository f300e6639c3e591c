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
    '# Check it with `npx strategy check`, preview it with "Strategy: Open Preview".',
    `strategy: ${yamlString(`${organization} Social Business Strategy`)}`,
    `organization: ${yamlString(organization)}`,
    `sponsor: ${SPONSOR}  # the CIO convenes the six conversations`,
    'review:',
    '  cadence: quarterly',
    `  last: ${today}`,
    '',
    'conversations:',
  ];
  for (const id of CONVERSATION_IDS) {
    const { owner, participants } = conversationTeam(id);
    lines.push(
      `  ${id}:`,
      `    # ${CONVERSATIONS[id].mapsOut}`,
      `    owner: ${owner}`,
      `    participants: [${participants.join(', ')}]`,
      `    summary: ${yamlString(`What ${organization} wants from ${CONVERSATIONS[id].title.toLowerCase()}`)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A YAML plain scalar when safe, else a double-quoted string. */
export function yamlString(s: string): string {
  return /^[A-Za-z][A-Za-z0-9 .()&'/-]*$/.test(s) && !/\s$/.test(s) && !/: | #/.test(s) ? s : JSON.stringify(s);
}
