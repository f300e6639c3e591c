/**
 * The validators Ajv generated at build time (server/src/core/schema/validators.generated.ts): the
 * committed module is what scripts/generate-validators.ts writes from the schema today, and each of its
 * validators reports exactly what Ajv compiling the same schema at run time reports.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { GENERATED_PATH, generateValidators, ROOT, SCHEMA_PATH } from '../../scripts/generate-validators';
import { isValidDate } from '../../server/src/core/dates';
import { EDITOR_KEYWORDS, validateData, validatePart } from '../../server/src/core/schema/ajv';

const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { $id: string };

/** Ajv as the core configured it before the validators were generated: compiled when first used. */
function runtimeAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true, verbose: true });
  for (const keyword of EDITOR_KEYWORDS)
    ajv.addKeyword({ keyword, schemaType: ['string', 'array', 'object', 'boolean'] });
  ajv.addFormat('date', { type: 'string', validate: isValidDate });
  ajv.addSchema(schema);
  return ajv;
}

/** Every strategy file of the fixtures and samples, as data (the unparsable ones left out). */
function strategies(): { name: string; data: unknown }[] {
  const dirs = [join(ROOT, 'test', 'fixtures'), join(ROOT, 'samples')];
  const out: { name: string; data: unknown }[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!f.endsWith('.strategy.yaml')) continue;
      try {
        out.push({ name: f, data: parse(readFileSync(join(dir, f), 'utf8')) as unknown });
      } catch {
        // a fixture of a syntax error: nothing to validate
      }
    }
  }
  return out;
}

/** Broken values of each kind the schema rejects, on top of the files. */
const BROKEN: { name: string; data: unknown }[] = [
  { name: 'empty mapping', data: {} },
  { name: 'not a mapping', data: ['a'] },
  { name: 'unknown key, wrong types', data: { strategy: 1, organization: [], sponsor: 'Not Kebab', extra: true } },
  {
    name: 'bad date and enum',
    data: { strategy: 's', organization: 'o', sponsor: 'cio', review: { cadence: 'weekly-ish', last: '2026-02-30' } },
  },
  {
    name: 'broken conversation items',
    data: {
      strategy: 's',
      organization: 'o',
      sponsor: 'cio',
      roles: { 'Bad Id': { name: 'x' }, ok: { function: 'nope' } },
      conversations: {
        'social-media': { owner: 3, goals: [{ id: 'A', status: 'activex' }, 'text'] },
        'social-elsewhere': {},
      },
    },
  },
];

describe('the generated validators', () => {
  it('are what scripts/generate-validators.ts writes from the schema today', () => {
    const committed = readFileSync(GENERATED_PATH, 'utf8');
    assert.ok(
      committed === generateValidators(schema),
      'validators.generated.ts is out of date: run node --import tsx scripts/generate-validators.ts',
    );
  });

  const ajv = runtimeAjv();
  const whole = ajv.compile({ $ref: `${schema.$id}#/definitions/root` });
  const part = ajv.compile({ $ref: `${schema.$id}#/definitions/part` });
  const conversations = ajv.compile({ $ref: `${schema.$id}#/definitions/root/properties/conversations` });
  const roles = ajv.compile({ $ref: `${schema.$id}#/definitions/root/properties/roles` });
  const cases = [...strategies(), ...BROKEN];

  it('report what Ajv compiling the schema at run time reports, for whole files and parts', () => {
    assert.ok(cases.length > 20, `expected the fixtures to give more than 20 cases, got ${cases.length}`);
    let failing = 0;
    for (const c of cases) {
      const expected = whole(c.data) ? [] : whole.errors;
      if (expected?.length) failing++;
      assert.deepEqual(validateData(c.data), expected, `${c.name}: whole file`);
      assert.deepEqual(validateData(c.data, 'part'), part(c.data) ? [] : part.errors, `${c.name}: as a part`);
      const record = (c.data ?? {}) as Record<string, unknown>;
      if (record.conversations !== undefined) {
        const data = record.conversations;
        assert.deepEqual(
          validatePart('#/definitions/root/properties/conversations', data, '/conversations'),
          conversations(data)
            ? []
            : conversations.errors!.map((e) => ({ ...e, instancePath: `/conversations${e.instancePath}` })),
          `${c.name}: conversations`,
        );
      }
      if (record.roles !== undefined) {
        assert.deepEqual(
          validatePart('#/definitions/root/properties/roles', record.roles, '/roles'),
          roles(record.roles) ? [] : roles.errors!.map((e) => ({ ...e, instancePath: `/roles${e.instancePath}` })),
          `${c.name}: roles`,
        );
      }
    }
    assert.ok(failing >= 8, `expected at least 8 cases that break the schema, got ${failing}`);
  });
});
