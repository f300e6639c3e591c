/** The spec's fixed vocabulary: conversations, functions, built-in roles. */

export const FUNCTIONS = [
  'executive',
  'it',
  'marketing',
  'pr',
  'sales',
  'hr',
  'operations',
  'support',
  'rnd',
  'security',
  'regulatory',
  'legal',
  'business',
] as const;
export type RoleFunction = (typeof FUNCTIONS)[number];

export interface RoleInfo {
  id: string;
  title: string;
  function: string;
  description?: string;
  builtIn: boolean;
}

export const BUILT_IN_ROLES: readonly RoleInfo[] = [
  ['cio', 'Chief Information Officer', 'it'],
  ['cto', 'Chief Technology Officer', 'it'],
  ['it-leadership', 'Senior IT leadership', 'it'],
  ['ceo', 'Chief Executive Officer', 'executive'],
  ['cmo', 'Chief Marketing Officer', 'marketing'],
  ['pr-lead', 'Head of Public Relations', 'pr'],
  ['sales-lead', 'Head of Sales', 'sales'],
  ['chro', 'Chief Human Resources Officer', 'hr'],
  ['coo', 'Chief Operating Officer', 'operations'],
  ['support-lead', 'Head of Customer Support', 'support'],
  ['rnd-lead', 'Head of Research and Development', 'rnd'],
  ['cso', 'Chief Security Officer', 'security'],
  ['chief-regulatory-officer', 'Chief Regulatory Officer', 'regulatory'],
  ['general-counsel', 'Corporate Counsel', 'legal'],
].map(([id, title, fn]) => ({ id, title, function: fn, builtIn: true }));

export const CONVERSATION_IDS = [
  'social-media',
  'social-networking',
  'social-support',
  'social-innovation',
  'social-technologies',
  'social-liability',
] as const;
export type ConversationId = (typeof CONVERSATION_IDS)[number];

export interface ConversationInfo {
  id: ConversationId;
  title: string;
  mapsOut: string;
  invites: readonly RoleFunction[];
}

export const CONVERSATIONS: Readonly<Record<ConversationId, ConversationInfo>> = {
  'social-media': {
    id: 'social-media',
    title: 'Social media',
    mapsOut:
      'New social ways to do brand management, customer management and customer engagement (customer blogs, tweeting programs, fan pages).',
    invites: ['marketing', 'pr', 'sales'],
  },
  'social-networking': {
    id: 'social-networking',
    title: 'Social networking',
    mapsOut:
      'Collaboration and knowledge sharing inside and outside the company; finding experts (internal social networks, knowledge-management sites).',
    invites: ['hr', 'sales', 'operations'],
  },
  'social-support': {
    id: 'social-support',
    title: 'Social support',
    mapsOut:
      'Social ways of supporting customers (moderated peer-to-peer support sites, monitoring public channels for customer issues, alerts on mentions of support problems).',
    invites: ['support'],
  },
  'social-innovation': {
    id: 'social-innovation',
    title: 'Social innovation',
    mapsOut: 'Sourcing, testing and refining ideas socially, including from outside the company.',
    invites: ['rnd'],
  },
  'social-technologies': {
    id: 'social-technologies',
    title: 'Social technologies',
    mapsOut:
      'The platforms and tools that carry the applications: architecture, infrastructure, sourcing (many are free on the web).',
    invites: ['it'],
  },
  'social-liability': {
    id: 'social-liability',
    title: 'Social liability',
    mapsOut: 'Legal, regulatory and security duties of everything above.',
    invites: ['security', 'regulatory', 'legal'],
  },
};

export function isConversationId(id: string): id is ConversationId {
  return (CONVERSATION_IDS as readonly string[]).includes(id);
}

/** The first built-in role with that function (spec: "recommended role"). */
export function recommendedRole(fn: string): string | undefined {
  return BUILT_IN_ROLES.find((r) => r.function === fn)?.id;
}

export const CADENCE_MONTHS: Readonly<Record<string, number>> = {
  monthly: 1,
  quarterly: 3,
  semiannual: 6,
  annual: 12,
};

export const EXPOSING_DATA = ['confidential', 'customer-pii', 'employee-pii', 'regulated'];
