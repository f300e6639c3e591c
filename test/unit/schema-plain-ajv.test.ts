/**
 * The shipped schema as another tool uses it: plain Ajv (draft-07, as the schema declares; strict mode
 * off, since the editor keywords are not Ajv's; the date format left to the schema's own pattern).
 * It accepts every sample, one-file and across files (samples/contoso: a root and its parts), agrees
 * with `strategy check` on which strategy files of the samples and fixtures break the schema, and
 * refuses broken roots and parts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { parseAllDocuments, parse } from 'yaml';
import { analyze } from '../../server/src/core/analyze';

const ROOT = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'strategy.schema.json'), 'utf8')) as { $id: string };
const ajv = new Ajv({ strict: false, allErrors: true, formats: { date: true } });
const validate = ajv.compile(schema);

function errorsOf(data: unknown): ErrorObject[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

function has(errors: ErrorObject[], keyword: string, instancePath: string, params: Record<string, unknown> = {}) {
  return errors.some(
    (e) =>
      e.keyword === keyword &&
      e.instancePath === instancePath &&
      Object.entries(params).every(([k, v]) => (e.params as Record<string, unknown>)[k] === v),
  );
}

/** Every *.strategy.yaml below `dir`, relative to the repository. */
function strategyFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.strategy\.ya?ml$/.test(f))
    .map((f) => join(dir, f))
    .filter((f) => statSync(join(ROOT, f)).isFile())
    .sort();
}

/** The data as the core reads it: a key with an empty value is an absent key (`owner:` is missing-owner). */
function withoutEmptyValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyValues);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutEmptyValues(v)]),
  );
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const PART = { 'part-of': '../social.strategy.yaml', conversations: { 'social-media': { owner: 'cmo' } } };

describe('the shipped schema with plain Ajv', () => {
  it('has a stable $id and declares draft-07', () => {
    assert.equal(schema.$id, 'https://strategy-as-code.dev/schemas/strategy.schema.json');
    assert.equal((schema as { $schema?: string }).$schema, 'http://json-schema.org/draft-07/schema#');
  });

  it('accepts the one-file samples but the draft, whose schema problem it names', () => {
    assert.deepEqual(errorsOf(parse(read('samples/northwind.strategy.yaml'))), []);
    const draft = errorsOf(parse(read('samples/draft.strategy.yaml')));
    assert.ok(
      has(draft, 'enum', '/conversations/social-support/goals/0/status'),
      `the draft's goal status "in-progress": ${JSON.stringify(draft.map((e) => [e.keyword, e.instancePath]))}`,
    );
  });

  it('accepts the strategy across files of samples/contoso: the root and each part', () => {
    const files = strategyFiles('samples/contoso');
    assert.ok(files.length >= 7, files.join(', '));
    let parts = 0;
    for (const file of files) {
      const data = parse(read(file)) as Record<string, unknown>;
      if ('part-of' in data) parts++;
      assert.deepEqual(errorsOf(data), [], file);
    }
    assert.ok(parts >= 6, `${parts} parts`);
  });

  it('agrees with strategy check on which strategy files of the samples and fixtures break the schema', () => {
    let checked = 0;
    let broken = 0;
    for (const file of [...strategyFiles('samples'), ...strategyFiles('test/fixtures')]) {
      const text = read(file);
      const docs = parseAllDocuments(text);
      // YAML the schema never sees (syntax errors, several documents, duplicate keys) is the core's own.
      if (!Array.isArray(docs) || docs.length !== 1 || docs[0].errors.length || docs[0].warnings.length) continue;
      if (text.length > 100_000) continue; // file-too-large: the core checks nothing else
      const data = withoutEmptyValues(docs[0].toJS());
      const core = analyze(text, file, { today: '2026-11-25' }).problems.some((p) => p.code === 'schema');
      assert.equal(errorsOf(data).length > 0, core, `${file}: plain Ajv and strategy check disagree`);
      checked++;
      if (core) broken++;
    }
    assert.ok(checked > 40, `${checked} files checked`);
    assert.ok(broken >= 6, `${broken} files break the schema`);
  });

  it('refuses a broken root: a missing key, a wrong type, an unknown key, part-of beside strategy', () => {
    const errors = errorsOf({ strategy: 'S', organization: 5, colour: 'blue', 'part-of': 'x.strategy.yaml' });
    assert.ok(has(errors, 'required', '', { missingProperty: 'sponsor' }));
    assert.ok(has(errors, 'type', '/organization'));
    assert.ok(has(errors, 'additionalProperties', '', { additionalProperty: 'colour' }));
    assert.ok(has(errors, 'additionalProperties', '', { additionalProperty: 'part-of' }));
  });

  it('refuses a broken part: a root key in it, an empty part-of, a broken conversation', () => {
    assert.deepEqual(errorsOf(PART), []);
    const keys = errorsOf({ ...PART, sponsor: 'cio', include: ['a.strategy.yaml'] });
    assert.ok(has(keys, 'additionalProperties', '', { additionalProperty: 'sponsor' }));
    assert.ok(has(keys, 'additionalProperties', '', { additionalProperty: 'include' }));
    assert.ok(has(errorsOf({ ...PART, 'part-of': '' }), 'minLength', '/part-of'));
    assert.ok(
      has(
        errorsOf({ ...PART, conversations: { 'social-media': { owner: 3 } } }),
        'type',
        '/conversations/social-media/owner',
      ),
    );
    assert.ok(has(errorsOf({ 'part-of': null }), 'type', '/part-of'));
  });
});
