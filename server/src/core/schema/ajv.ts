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

let compiled: ValidateFunction | undefined;

export function validateData(data: unknown): ErrorObject[] {
  compiled ??= createAjv().compile(schema);
  return compiled(data) ? [] : [...(compiled.errors ?? [])];
}

export const STRATEGY_SCHEMA: unknown = schema;
