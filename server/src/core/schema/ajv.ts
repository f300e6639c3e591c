/**
 * Schema validation with the validators Ajv generated at build time (validators.generated.ts, from
 * scripts/generate-validators.ts): nothing is compiled when a process starts.
 */
import type { ErrorObject } from 'ajv';
import schema from '../../../../schemas/strategy.schema.json';
import {
  validateConversations,
  validatePartFile,
  validateRoles,
  validateRoot,
  type Validator,
} from './validators.generated';

export { EDITOR_KEYWORDS } from './editorKeywords';

function run(validate: Validator, data: unknown): ErrorObject[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** Validates a whole file: a root (or one-file strategy) or a part, each against its definition in the shipped schema. */
export function validateData(data: unknown, kind: 'root' | 'part' = 'root'): ErrorObject[] {
  return run(kind === 'part' ? validatePartFile : validateRoot, data);
}

/** The parts of the schema a block is checked against on its own. */
const PARTS = {
  '': validateRoot,
  '#/definitions/root/properties/conversations': validateConversations,
  '#/definitions/root/properties/roles': validateRoles,
} as const;

export type SchemaPart = keyof typeof PARTS;

/**
 * Validates one part of the file against the schema at `pointer` (e.g. `#/definitions/root/properties/roles`);
 * error paths are prefixed with `prefix` so that they read as paths of the whole file.
 */
export function validatePart(pointer: SchemaPart, data: unknown, prefix: string): ErrorObject[] {
  const errors = run(PARTS[pointer], data);
  return prefix ? errors.map((e) => ({ ...e, instancePath: prefix + e.instancePath })) : errors;
}

export const STRATEGY_SCHEMA: unknown = schema;
