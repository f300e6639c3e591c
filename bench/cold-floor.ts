/**
 * The cold floor: what any checker of strategy files built on `yaml` must at least spend in a fresh
 * process. Bundled by bench/cold.ts (esbuild, like dist/cli.js) and run as `node cold-floor.js FILE...`:
 * it reads each file and parses it with `yaml.parseDocument`, sequentially. The bundle built with
 * WITH_SCHEMA also validates each document with the project's generated schema validators (Ajv's
 * standalone code): the floor for checking many files.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

declare const WITH_SCHEMA: boolean;

const validate: ((data: unknown) => unknown) | undefined = WITH_SCHEMA
  ? (require('../server/src/core/schema/ajv') as typeof import('../server/src/core/schema/ajv')).validateData
  : undefined;

for (const file of process.argv.slice(2)) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (validate) validate(doc.toJS());
}
