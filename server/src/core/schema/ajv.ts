/** One Ajv instance for the shipped schema, compiled once on first use. */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../../schemas/strategy.schema.json';
import { isValidDate } from '../dates';

/** Editor keywords the schema carries for hover and completion; Ajv's strict mode must know them. */
export const EDITOR_KEYWORDS = [
  'markdownDescription',
  'defaultSnippets',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'deprecationMessage',
  'errorMessage',
  'doNotSuggest',
  'suggestSortText',
] as const;

export function createAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true, verbose: true });
  for (const keyword of EDITOR_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['string', 'array', 'object', 'boolean'] });
  ajv.addFormat('date', { type: 'string', validate: isValidDate });
  return ajv;
}

let shared: { ajv: Ajv; whole: ValidateFunction } | undefined;
let partValidator: ValidateFunction | undefined;

function instance(): { ajv: Ajv; whole: ValidateFunction } {
  if (!shared) {
    const ajv = createAjv();
    shared = { ajv, whole: ajv.compile(schema) };
  }
  return shared;
}

/** A part of a strategy across files: `part-of` (required) and at most `roles` and `conversations`. */
export const PART_SCHEMA = {
  $id: 'https://strategy-as-code.dev/schemas/strategy-part.schema.json',
  title: 'Strategy as Code: part of a strategy',
  type: 'object',
  additionalProperties: false,
  required: ['part-of'],
  properties: {
    'part-of': { description: 'The root strategy file this part belongs to, relative to this file\'s folder.', type: 'string', minLength: 1 },
    roles: { $ref: `${(schema as { $id: string }).$id}#/properties/roles` },
    conversations: { $ref: `${(schema as { $id: string }).$id}#/properties/conversations` },
  },
} as const;

/** Validates a whole file: a root (or one-file strategy) against the shipped schema, a part against PART_SCHEMA. */
export function validateData(data: unknown, kind: 'root' | 'part' = 'root'): ErrorObject[] {
  const { ajv, whole } = instance();
  const validate = kind === 'part' ? (partValidator ??= ajv.compile(PART_SCHEMA)) : whole;
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

const parts = new Map<string, ValidateFunction>();

/**
 * Validates one part of the file against the schema at `pointer` (e.g. `#/properties/roles`);
 * error paths are prefixed with `prefix` so that they read as paths of the whole file.
 */
export function validatePart(pointer: string, data: unknown, prefix: string): ErrorObject[] {
  const { ajv } = instance();
  let validate = parts.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `${(schema as { $id: string }).$id}${pointer}` });
    parts.set(pointer, validate);
  }
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => ({ ...e, instancePath: prefix + e.instancePath }));
}

export const STRATEGY_SCHEMA: unknown = schema;
