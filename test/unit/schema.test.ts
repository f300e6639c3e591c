/**
 * The JSON Schema of strategy files (schemas/strategy.schema.json): it compiles under Ajv's strict
 * mode with the editor keywords registered, accepts the spec's examples, rejects each kind of break
 * with the expected keyword and instance path, and documents every property for hovers.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type KeywordDefinition, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { WORKED_EXAMPLE } from '../helpers/workedExample'; // rule findings, but no schema error

const ROOT = join(__dirname, '..', '..');
const SCHEMA_PATH = join(ROOT, 'schemas', 'strategy.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
const SCHEMA_ID = 'https://strategy-as-code.dev/schemas/strategy.schema.json';
/** A root (or one-file) strategy's definition; the top of the schema chooses it or a part's. */
const ROOT_DEF = (schema.definitions as Record<string, Record<string, unknown>>).root;

/**
 * The editor-only keywords the schema uses. Any Ajv that compiles the schema in strict mode (the
 * core's included) must register exactly these.
 */
const EDITOR_KEYWORDS: KeywordDefinition[] = [
  { keyword: 'markdownDescription', schemaType: 'string' },
  {
    keyword: 'defaultSnippets',
    schemaType: 'array',
    metaSchema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['label', 'description', 'body'],
        properties: { label: { type: 'string' }, description: { type: 'string' }, body: {} },
        additionalProperties: false,
      },
    },
  },
  { keyword: 'enumDescriptions', schemaType: 'array', metaSchema: { type: 'array', items: { type: 'string' } } },
  {
    keyword: 'markdownEnumDescriptions',
    schemaType: 'array',
    metaSchema: { type: 'array', items: { type: 'string' } },
  },
];

/** YYYY-MM-DD that exists in the (proleptic Gregorian) calendar. */
function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function makeAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true });
  for (const def of EDITOR_KEYWORDS) ajv.addKeyword(def);
  ajv.addFormat('date', { type: 'string', validate: isCalendarDate });
  return ajv;
}

const ajv = makeAjv();
const validate: ValidateFunction = ajv.compile(schema);

// The spec's abridged example, as written there.
const SPEC_EXAMPLE = `
strategy: Acme Social Business Strategy   # title, required
organization: Acme Corp                   # required
version: "2026.1"                         # optional, string or number
sponsor: cio                              # role id that convenes the conversations; required
review:                                   # the strategy's default review rhythm
  cadence: quarterly                      # monthly | quarterly | semiannual | annual
  last: 2026-09-30                        # ISO date (YYYY-MM-DD) of the last review

roles:                                    # optional: the organisation's own roles, added to the built-in ones
  community-manager:
    title: Community Manager              # required
    function: marketing                   # required, one of the functions below
    description: Runs the customer blogger program

conversations:
  social-media:
    owner: cmo                            # role id (absent: missing-owner)
    participants: [pr-lead, sales-lead, community-manager, cio]   # role ids; the owner counts as a participant
    summary: Engage customers where they already talk about us
    review: { cadence: quarterly, last: 2026-10-15 }   # optional; overrides the strategy's review
    goals:
      - id: brand-advocacy                # every id is unique in the whole file
        statement: Grow customer advocacy through blogs and fan pages
        owner: cmo
        metric: Share of voice            # optional
        target: "25%"                     # optional
        due: 2027-06-30                   # optional ISO date
        status: active                    # planned | active | done | dropped (default planned)
    applications:
      - id: customer-blogs
        name: Customer blogger program
        owner: community-manager
        platform: wordpress               # id of a platform in social-technologies
        audience: external                # internal | external | partners
        data: [customer-pii]              # public | internal | confidential | customer-pii | employee-pii | regulated
  social-technologies:
    owner: cio
    participants: [it-leadership, cmo]
    platforms:
      - id: wordpress
        name: WordPress.com
        owner: it-leadership
        sourcing: saas                    # free | saas | on-premises | built
        hosting: external                 # internal | external
  social-liability:
    owner: general-counsel
    participants: [cso, chief-regulatory-officer, cio]
    liabilities:
      - id: customer-data-exposure
        title: Customer data published on public channels
        category: privacy                 # legal | regulatory | security | privacy | reputational
        owner: cso
        covers: [customer-blogs, wordpress]   # application or platform ids
        mitigations:
          - Blogger guidelines signed before onboarding
        status: mitigated                 # open | mitigated | accepted (default open)
`;

type Data = Record<string, any>;

function yamlData(text: string): Data {
  return parse(text, { version: '1.2', schema: 'core', merge: false }) as Data;
}

/** A fresh, fully valid strategy (the spec's abridged example). */
function full(): Data {
  return yamlData(SPEC_EXAMPLE);
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return JSON.stringify(
    (errors ?? []).map((e) => ({ keyword: e.keyword, instancePath: e.instancePath, params: e.params })),
    null,
    1,
  );
}

function assertValid(data: unknown): void {
  const ok = validate(data);
  assert.equal(ok, true, `expected valid, got errors: ${describeErrors(validate.errors)}`);
}

/** Validation fails with an error of `keyword` at `instancePath` (whose params include `params`). */
function assertError(data: unknown, keyword: string, instancePath: string, params: Record<string, unknown> = {}): void {
  const ok = validate(data);
  assert.equal(ok, false, `expected a ${keyword} error at "${instancePath}", but the data is valid`);
  const errors = validate.errors ?? [];
  const found = errors.some(
    (e) =>
      e.keyword === keyword &&
      e.instancePath === instancePath &&
      Object.entries(params).every(([k, v]) => (e.params as Record<string, unknown>)[k] === v),
  );
  assert.ok(
    found,
    `expected a ${keyword} error at "${instancePath}" ${JSON.stringify(params)}, got ${describeErrors(errors)}`,
  );
}

// ------------------------------------------------------------------------------------------------

describe('strategy schema: compiling', () => {
  it('is draft-07 with the expected $id', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.$id, SCHEMA_ID);
  });

  it('compiles in strict mode with the editor keywords and the date format registered', () => {
    assert.equal(typeof validate, 'function');
  });

  it('does not compile in strict mode when an editor keyword is not registered', () => {
    for (const skipped of EDITOR_KEYWORDS) {
      const bare = new Ajv({ strict: true, allErrors: true });
      for (const def of EDITOR_KEYWORDS) if (def !== skipped) bare.addKeyword(def);
      bare.addFormat('date', { type: 'string', validate: isCalendarDate });
      assert.throws(() => bare.compile(schema), new RegExp(String(skipped.keyword)));
    }
  });

  it('the date format checks the calendar', () => {
    for (const good of ['2026-09-30', '2028-02-29', '2000-02-29', '2026-12-31'])
      assert.equal(isCalendarDate(good), true, good);
    for (const bad of [
      '2027-02-30',
      '2027-02-29',
      '2100-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-04-00',
      '2026-9-30',
    ])
      assert.equal(isCalendarDate(bad), false, bad);
  });
});

describe('strategy schema: valid files', () => {
  it("accepts the spec's abridged example", () => {
    assertValid(full());
  });

  it("accepts the spec's worked example (its findings are rules, not schema)", () => {
    assertValid(yamlData(WORKED_EXAMPLE));
  });

  it('accepts the Northwind sample', { skip: !existsSync(join(ROOT, 'samples', 'northwind.strategy.yaml')) }, () => {
    assertValid(yamlData(readFileSync(join(ROOT, 'samples', 'northwind.strategy.yaml'), 'utf8')));
  });

  it('accepts a strategy with only the required keys', () => {
    assertValid({ strategy: 'S', organization: 'O', sponsor: 'cio' });
  });

  it('accepts missing owners everywhere (missing-owner is a rule, not schema)', () => {
    const d = full();
    const c = d.conversations;
    for (const conv of Object.values<Data>(c)) delete conv.owner;
    delete c['social-media'].goals[0].owner;
    delete c['social-media'].applications[0].owner;
    delete c['social-technologies'].platforms[0].owner;
    delete c['social-liability'].liabilities[0].owner;
    assertValid(d);
  });

  it('accepts missing and empty conversations (missing-conversation and missing-owner are rules)', () => {
    assertValid({ strategy: 'S', organization: 'O', sponsor: 'cio', conversations: {} });
    assertValid({
      strategy: 'S',
      organization: 'O',
      sponsor: 'cio',
      conversations: { 'social-support': {}, 'social-media': null },
    });
  });

  it('accepts version and target as a string or a number', () => {
    const d = full();
    d.version = 2026.1;
    d.conversations['social-media'].goals[0].target = 25;
    assertValid(d);
  });

  it('accepts goals and applications in every conversation, and empty lists', () => {
    const d = full();
    const goal = { id: 'g-2', statement: 'Do it' };
    const app = { id: 'a-2', name: 'App' };
    for (const [i, key] of ['social-networking', 'social-support', 'social-innovation'].entries())
      d.conversations[key] = { goals: [{ ...goal, id: `g-${i}` }], applications: [{ ...app, id: `a-${i}` }] };
    d.conversations['social-technologies'].goals = [{ ...goal, id: 'g-tech' }];
    d.conversations['social-liability'].applications = [];
    assertValid(d);
  });

  it('accepts a leap day', () => {
    const d = full();
    d.conversations['social-media'].goals[0].due = '2028-02-29';
    assertValid(d);
  });
});

describe('strategy schema: breaks', () => {
  const G = '/conversations/social-media/goals/0';
  const A = '/conversations/social-media/applications/0';
  const P = '/conversations/social-technologies/platforms/0';
  const L = '/conversations/social-liability/liabilities/0';

  it('rejects unknown keys (additionalProperties)', () => {
    let d = full();
    d.owner = 'cio';
    assertError(d, 'additionalProperties', '', { additionalProperty: 'owner' });

    d = full();
    d.conversations['social-media'].goals[0].priority = 'high';
    assertError(d, 'additionalProperties', G, { additionalProperty: 'priority' });

    d = full();
    d.conversations['social-gaming'] = { owner: 'cmo' };
    assertError(d, 'additionalProperties', '/conversations', { additionalProperty: 'social-gaming' });

    d = full();
    d.review.next = '2027-01-01';
    assertError(d, 'additionalProperties', '/review', { additionalProperty: 'next' });

    d = full();
    d.roles['community-manager'].team = 'social';
    assertError(d, 'additionalProperties', '/roles/community-manager', { additionalProperty: 'team' });

    d = full();
    d.conversations['social-technologies'].platforms[0].cost = 100;
    assertError(d, 'additionalProperties', P, { additionalProperty: 'cost' });

    d = full();
    d.conversations['social-liability'].liabilities[0].severity = 'high';
    assertError(d, 'additionalProperties', L, { additionalProperty: 'severity' });
  });

  it('rejects a YAML merge key (YAML 1.1) as an unknown key', () => {
    const d = yamlData(`
strategy: S
organization: O
sponsor: cio
roles:
  community-manager:
    <<: { title: Community Manager }
    function: marketing
`);
    assertError(d, 'additionalProperties', '/roles/community-manager', { additionalProperty: '<<' });
  });

  it('rejects platforms outside social-technologies and liabilities outside social-liability', () => {
    let d = full();
    d.conversations['social-media'].platforms = [{ id: 'x', name: 'X' }];
    assertError(d, 'additionalProperties', '/conversations/social-media', { additionalProperty: 'platforms' });

    d = full();
    d.conversations['social-technologies'].liabilities = [{ id: 'x', title: 'X' }];
    assertError(d, 'additionalProperties', '/conversations/social-technologies', { additionalProperty: 'liabilities' });

    d = full();
    d.conversations['social-liability'].platforms = [{ id: 'x', name: 'X' }];
    assertError(d, 'additionalProperties', '/conversations/social-liability', { additionalProperty: 'platforms' });
  });

  it('rejects bad enum values', () => {
    const cases: [string, (d: Data) => void][] = [
      ['/review/cadence', (d) => (d.review.cadence = 'weekly')],
      [
        '/conversations/social-media/review/cadence',
        (d) => (d.conversations['social-media'].review.cadence = 'Quarterly'),
      ],
      ['/roles/community-manager/function', (d) => (d.roles['community-manager'].function = 'finance')],
      [`${G}/status`, (d) => (d.conversations['social-media'].goals[0].status = 'blocked')],
      [`${A}/audience`, (d) => (d.conversations['social-media'].applications[0].audience = 'public')],
      [`${A}/data/0`, (d) => (d.conversations['social-media'].applications[0].data = ['secret'])],
      [`${P}/sourcing`, (d) => (d.conversations['social-technologies'].platforms[0].sourcing = 'cloud')],
      [`${P}/hosting`, (d) => (d.conversations['social-technologies'].platforms[0].hosting = 'hybrid')],
      [`${L}/category`, (d) => (d.conversations['social-liability'].liabilities[0].category = 'financial')],
      [`${L}/status`, (d) => (d.conversations['social-liability'].liabilities[0].status = 'closed')],
    ];
    for (const [path, mutate] of cases) {
      const d = full();
      mutate(d);
      assertError(d, 'enum', path);
    }
  });

  it('rejects ids and role ids that are not kebab-case (pattern)', () => {
    const cases: [string, (d: Data) => void][] = [
      ['/sponsor', (d) => (d.sponsor = 'CIO')],
      [`${G}/id`, (d) => (d.conversations['social-media'].goals[0].id = 'Brand_Advocacy')],
      [`${G}/owner`, (d) => (d.conversations['social-media'].goals[0].owner = 'chief marketing officer')],
      ['/conversations/social-media/owner', (d) => (d.conversations['social-media'].owner = 'CMO')],
      [
        '/conversations/social-media/participants/1',
        (d) => (d.conversations['social-media'].participants[1] = 'Sales Lead'),
      ],
      [`${A}/id`, (d) => (d.conversations['social-media'].applications[0].id = '1-blogs')],
      [`${A}/platform`, (d) => (d.conversations['social-media'].applications[0].platform = 'WordPress')],
      [`${P}/id`, (d) => (d.conversations['social-technologies'].platforms[0].id = 'word press')],
      [`${L}/id`, (d) => (d.conversations['social-liability'].liabilities[0].id = '-exposure')],
      [`${L}/covers/0`, (d) => (d.conversations['social-liability'].liabilities[0].covers[0] = 'Customer-Blogs')],
    ];
    for (const [path, mutate] of cases) {
      const d = full();
      mutate(d);
      assertError(d, 'pattern', path, { pattern: '^[a-z][a-z0-9-]*$' });
    }
  });

  it('rejects role keys that are not kebab-case (propertyNames)', () => {
    const d = full();
    d.roles['Community Manager'] = d.roles['community-manager'];
    delete d.roles['community-manager'];
    assertError(d, 'propertyNames', '/roles', { propertyName: 'Community Manager' });
    assertError(d, 'pattern', '/roles');
  });

  it('rejects missing required keys', () => {
    const cases: [string, string, (d: Data) => void][] = [
      ['', 'strategy', (d) => delete d.strategy],
      ['', 'organization', (d) => delete d.organization],
      ['', 'sponsor', (d) => delete d.sponsor],
      ['/review', 'last', (d) => delete d.review.last],
      ['/conversations/social-media/review', 'cadence', (d) => delete d.conversations['social-media'].review.cadence],
      ['/roles/community-manager', 'title', (d) => delete d.roles['community-manager'].title],
      ['/roles/community-manager', 'function', (d) => delete d.roles['community-manager'].function],
      [G, 'statement', (d) => delete d.conversations['social-media'].goals[0].statement],
      [G, 'id', (d) => delete d.conversations['social-media'].goals[0].id],
      [A, 'name', (d) => delete d.conversations['social-media'].applications[0].name],
      [A, 'id', (d) => delete d.conversations['social-media'].applications[0].id],
      [P, 'name', (d) => delete d.conversations['social-technologies'].platforms[0].name],
      [P, 'id', (d) => delete d.conversations['social-technologies'].platforms[0].id],
      [L, 'title', (d) => delete d.conversations['social-liability'].liabilities[0].title],
      [L, 'id', (d) => delete d.conversations['social-liability'].liabilities[0].id],
    ];
    for (const [path, missing, mutate] of cases) {
      const d = full();
      mutate(d);
      assertError(d, 'required', path, { missingProperty: missing });
    }
  });

  it('rejects wrong types (a number or boolean where a string is wanted, a scalar for a list or mapping)', () => {
    const cases: [string, string, (d: Data) => void][] = [
      ['type', '/strategy', (d) => (d.strategy = 2026)],
      ['type', '/organization', (d) => (d.organization = true)],
      ['type', '/conversations/social-media/summary', (d) => (d.conversations['social-media'].summary = 42)],
      ['type', `${G}/statement`, (d) => (d.conversations['social-media'].goals[0].statement = 3.5)],
      ['type', `${G}/due`, (d) => (d.conversations['social-media'].goals[0].due = 20270630)],
      [
        'type',
        '/conversations/social-media/participants',
        (d) => (d.conversations['social-media'].participants = 'cio'),
      ],
      ['type', `${L}/mitigations/0`, (d) => (d.conversations['social-liability'].liabilities[0].mitigations = [1])],
      ['type', '/roles', (d) => (d.roles = ['community-manager'])],
      ['type', '/conversations', (d) => (d.conversations = ['social-media'])],
      ['type', '/conversations/social-support', (d) => (d.conversations['social-support'] = 'later')],
      ['type', '/conversations/social-media/goals', (d) => (d.conversations['social-media'].goals = { id: 'x' })],
      ['type', `${A}/data`, (d) => (d.conversations['social-media'].applications[0].data = 'customer-pii')],
      ['anyOf', '/version', (d) => (d.version = true)],
      ['anyOf', `${G}/target`, (d) => (d.conversations['social-media'].goals[0].target = false)],
    ];
    for (const [keyword, path, mutate] of cases) {
      const d = full();
      mutate(d);
      assertError(d, keyword, path);
    }
  });

  it('rejects dates that do not exist or are not written YYYY-MM-DD', () => {
    let d = full();
    d.conversations['social-media'].goals[0].due = '2027-02-30';
    assertError(d, 'format', `${G}/due`, { format: 'date' });

    d = full();
    d.review.last = '2026-13-01';
    assertError(d, 'format', '/review/last', { format: 'date' });

    d = full();
    d.conversations['social-media'].review.last = '2027-02-29';
    assertError(d, 'format', '/conversations/social-media/review/last', { format: 'date' });

    d = full();
    d.review.last = '2026-9-30';
    assertError(d, 'pattern', '/review/last');

    d = full();
    d.review.last = '30/09/2026';
    assertError(d, 'pattern', '/review/last');
  });
});

// ------------------------------------------------------------------------------------------------

type Schema = Record<string, unknown>;

interface Visit {
  schema: Schema;
  /** JSON pointer of the subschema inside the schema file. */
  pointer: string;
  /** The subschema is the value of an entry of some `properties` (or a definition). */
  documented: boolean;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every subschema, walking only schema keywords (never snippet bodies or examples). */
function walk(root: Schema): Visit[] {
  const out: Visit[] = [];
  const visit = (s: unknown, pointer: string, documented: boolean): void => {
    if (!isSchema(s)) return;
    out.push({ schema: s, pointer, documented });
    for (const key of ['properties', 'definitions'] as const) {
      const map = s[key];
      if (isSchema(map)) for (const [name, sub] of Object.entries(map)) visit(sub, `${pointer}/${key}/${name}`, true);
    }
    for (const key of ['items', 'additionalProperties', 'propertyNames'] as const)
      visit(s[key], `${pointer}/${key}`, false);
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const list = s[key];
      if (Array.isArray(list)) list.forEach((sub, i) => visit(sub, `${pointer}/${key}/${i}`, false));
    }
  };
  visit(root, '', true);
  return out;
}

/** Fills a VS Code snippet's placeholders with their defaults (first choice, today for date variables). */
function fillSnippet(value: unknown): unknown {
  if (typeof value === 'string') {
    let text = value
      .replace(/\$\{CURRENT_YEAR\}/g, '2026')
      .replace(/\$\{CURRENT_MONTH\}/g, '11')
      .replace(/\$\{CURRENT_DATE\}/g, '25')
      .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1');
    for (let prev = ''; prev !== text;) {
      prev = text;
      text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
    }
    assert.doesNotMatch(text, /\$\{/, `unfilled placeholder in ${value}`);
    return text;
  }
  if (Array.isArray(value)) return value.map(fillSnippet);
  if (isSchema(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [fillSnippet(k) as string, fillSnippet(v)]));
  return value;
}

describe('strategy schema: editor documentation', () => {
  const visits = walk(schema);

  it('gives every property and definition a description and a markdownDescription', () => {
    const documented = visits.filter((v) => v.documented);
    assert.ok(documented.length > 60, `only ${documented.length} documented subschemas found`);
    for (const { schema: s, pointer } of documented) {
      assert.equal(typeof s.description, 'string', `${pointer} has no description`);
      assert.equal(typeof s.markdownDescription, 'string', `${pointer} has no markdownDescription`);
      assert.ok((s.description as string).length >= 20, `${pointer}: description is too short`);
      assert.ok((s.markdownDescription as string).length >= 30, `${pointer}: markdownDescription is too short`);
      assert.doesNotMatch(s.description as string, /\*\*|```/, `${pointer}: description should be plain text`);
    }
  });

  it('closes every mapping with additionalProperties: false (roles excepted: it maps role ids to roles)', () => {
    for (const { schema: s, pointer } of visits) {
      if (!('properties' in s)) continue;
      assert.equal(s.additionalProperties, false, `${pointer} allows unknown keys`);
    }
    const roles = (ROOT_DEF.properties as Record<string, Schema>).roles;
    assert.deepEqual(roles.propertyNames, { type: 'string', pattern: '^[a-z][a-z0-9-]*$' });
    assert.deepEqual(roles.additionalProperties, { $ref: '#/definitions/role' });
  });

  it('explains every enum value in the markdownDescription, with per-value descriptions', () => {
    let enums = 0;
    for (const { schema: s, pointer } of visits) {
      if (!Array.isArray(s.enum)) continue;
      enums++;
      // An enum of array items is explained by the array's property.
      const owner = pointer.endsWith('/items')
        ? visits.find((v) => v.pointer === pointer.slice(0, -'/items'.length))!.schema
        : s;
      const md = owner.markdownDescription as string;
      for (const value of s.enum as string[])
        assert.ok(md.includes(`\`${value}\``), `${pointer}: markdownDescription does not explain ${value}`);
      for (const key of ['enumDescriptions', 'markdownEnumDescriptions']) {
        const list = s[key];
        assert.ok(
          Array.isArray(list) && list.length === s.enum.length,
          `${pointer}: ${key} must have one entry per enum value`,
        );
      }
    }
    assert.equal(enums, 9);
  });

  it('knows the spec vocabulary: six conversations and thirteen functions', () => {
    const conv = (ROOT_DEF.properties as Record<string, Schema>).conversations;
    assert.deepEqual(Object.keys(conv.properties as Schema), [
      'social-media',
      'social-networking',
      'social-support',
      'social-innovation',
      'social-technologies',
      'social-liability',
    ]);
    assert.deepEqual(
      ((schema.definitions as Record<string, Schema>).role.properties as Record<string, Schema>).function.enum,
      [
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
      ],
    );
    assert.deepEqual((ROOT_DEF.required as string[]).slice().sort(), ['organization', 'sponsor', 'strategy']);
  });

  it('gives examples on the scalar fields that help', () => {
    const props = ROOT_DEF.properties as Record<string, Schema>;
    const defs = schema.definitions as Record<string, Schema>;
    const review = defs.review.properties as Record<string, Schema>;
    for (const s of [
      props.sponsor,
      props.strategy,
      props.version,
      review.cadence,
      review.last,
      defs.date,
      defs.id,
      defs.roleId,
    ])
      assert.ok(Array.isArray(s.examples) && s.examples.length > 0);
  });

  it('offers snippets for a role, a review, a goal, an application, a platform, a liability and a conversation, each valid once filled', () => {
    const labels = new Set<string>();
    for (const { schema: s, pointer } of visits) {
      if (!Array.isArray(s.defaultSnippets)) continue;
      for (const snippet of s.defaultSnippets as { label: string; description: string; body: unknown }[]) {
        labels.add(snippet.label);
        assert.ok(snippet.description.length > 0, `${pointer}: snippet ${snippet.label} has no description`);
        const check = ajv.compile({ $ref: `${SCHEMA_ID}#${pointer}` });
        const body = fillSnippet(snippet.body);
        assert.equal(
          check(body),
          true,
          `${pointer}: snippet ${snippet.label} is invalid once filled: ${describeErrors(check.errors)}`,
        );
      }
    }
    for (const label of ['Role', 'Review', 'Goal', 'Application', 'Platform', 'Liability', 'Conversation'])
      assert.ok(labels.has(label), `no snippet labelled ${label}`);
  });
});
