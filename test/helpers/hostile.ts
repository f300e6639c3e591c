// A strategy whose every string field carries a hostile payload, for the renderer's escaping tests.
// Each payload names its field, so a test can tell which field was drawn and how.

/** What an attacker (or a careless copy-paste) might put in a field; `F` is replaced by the field's name. */
export const PAYLOAD = `<script>alert("F")</script><img src=x onerror=alert("F")><a href="javascript:alert('F')">[F](javascript:alert(1))</a></style>{{F}}\${F}&amp;*F*|`;

export function payload(field: string): string {
  return PAYLOAD.replaceAll('F', field);
}

/** A YAML single-quoted scalar (quotes doubled). */
function q(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

const p = (field: string) => q(payload(field));

/** Fields whose value the preview shows. */
export const SHOWN_FIELDS = [
  'strategy',
  'organization',
  'version',
  'sponsor',
  'review-cadence',
  'review-last',
  'role-key',
  'role-title',
  'role-function',
  'role-description',
  'summary',
  'conv-owner',
  'participant',
  'goal-id',
  'goal-statement',
  'goal-owner',
  'goal-metric',
  'goal-target',
  'goal-due',
  'goal-status',
  'app-id',
  'app-name',
  'app-owner',
  'app-platform',
  'app-audience',
  'app-data',
  'platform-id',
  'platform-name',
  'platform-owner',
  'platform-sourcing',
  'platform-hosting',
  'liability-id',
  'liability-title',
  'liability-category',
  'liability-owner',
  'liability-covers',
  'liability-mitigation',
  'liability-status',
] as const;

export const HOSTILE_STRATEGY = `strategy: ${p('strategy')}
organization: ${p('organization')}
version: ${p('version')}
sponsor: ${p('sponsor')}
review:
  cadence: ${p('review-cadence')}
  last: ${p('review-last')}
roles:
  ${p('role-key')}:
    title: ${p('role-title')}
    function: ${p('role-function')}
    description: ${p('role-description')}
conversations:
  social-media:
    owner: ${p('conv-owner')}
    participants: [${p('participant')}]
    summary: ${p('summary')}
    goals:
      - id: ${p('goal-id')}
        statement: ${p('goal-statement')}
        owner: ${p('goal-owner')}
        metric: ${p('goal-metric')}
        target: ${p('goal-target')}
        due: ${p('goal-due')}
        status: ${p('goal-status')}
    applications:
      - id: ${p('app-id')}
        name: ${p('app-name')}
        owner: ${p('app-owner')}
        platform: ${p('app-platform')}
        audience: ${p('app-audience')}
        data: [${p('app-data')}, customer-pii]
  social-technologies:
    owner: cio
    platforms:
      - id: ${p('platform-id')}
        name: ${p('platform-name')}
        owner: ${p('platform-owner')}
        sourcing: ${p('platform-sourcing')}
        hosting: ${p('platform-hosting')}
  social-liability:
    owner: general-counsel
    liabilities:
      - id: ${p('liability-id')}
        title: ${p('liability-title')}
        category: ${p('liability-category')}
        owner: ${p('liability-owner')}
        covers: [${p('liability-covers')}]
        mitigations:
          - ${p('liability-mitigation')}
        status: ${p('liability-status')}
`;
