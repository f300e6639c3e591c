/** Walks the shipped JSON Schema by YAML path, resolving `$ref`s, for completion and hover. */
import { STRATEGY_SCHEMA } from '../schema/ajv';

/** A key, or an index in a sequence. */
export type Segment = string | number;

export interface DefaultSnippet {
  label: string;
  description?: string;
  body: unknown;
}

export interface JsonSchema {
  type?: string | string[];
  $ref?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  defaultSnippets?: DefaultSnippet[];
  anyOf?: JsonSchema[];
  examples?: unknown[];
  definitions?: Record<string, JsonSchema>;
}

export interface SchemaAt {
  /** The schema with its `$ref` resolved; keywords written beside the `$ref` win. */
  schema: JsonSchema;
  /** The definition the last `$ref` named (`roleId`, `id`, `goal`...), if any. */
  ref?: string;
}

const ROOT = STRATEGY_SCHEMA as JsonSchema;
/** The keys of a root (or one-file) strategy, from which completion and hover walk. */
const TOP = ROOT.definitions!.root;
export function resolveRef(s: JsonSchema): SchemaAt {
  let ref: string | undefined;
  let merged: JsonSchema = s;
  for (let guard = 0; merged.$ref && guard < 10; guard++) {
    const { $ref, ...own } = merged;
    ref = $ref.replace(/^#\/definitions\//, '');
    merged = { ...(ROOT.definitions?.[ref] ?? {}), ...own };
  }
  return { schema: merged, ref };
}

/** The schema of the node at `path` (numbers step into sequences), or undefined where the schema allows nothing. */
export function schemaAt(path: readonly Segment[]): SchemaAt | undefined {
  let cur: SchemaAt | undefined = { schema: TOP };
  for (const seg of path) {
    const s: JsonSchema = cur.schema;
    const next: JsonSchema | undefined =
      typeof seg === 'number'
        ? s.items
        : (s.properties?.[seg] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined));
    if (!next) {
      cur = undefined;
      break;
    }
    cur = resolveRef(next);
  }
  return cur;
}

export type Shape = 'object' | 'array' | 'scalar';

export function shapeOf(s: JsonSchema): Shape {
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.includes('object') || s.properties || s.additionalProperties) return 'object';
  if (types.includes('array') || s.items) return 'array';
  return 'scalar';
}

/** The hover text of a schema node: its markdown description, else its plain one. */
export function describe(s: JsonSchema): string | undefined {
  return s.markdownDescription ?? s.description;
}

/** The description of one enum value, markdown preferred. */
export function enumDescription(s: JsonSchema, value: string): string | undefined {
  const i = (s.enum ?? []).indexOf(value);
  if (i < 0) return undefined;
  return s.markdownEnumDescriptions?.[i] ?? s.enumDescriptions?.[i];
}

/** The first sentence of a plain description, for a completion's detail line. */
export function shortDescription(s: JsonSchema): string | undefined {
  const d = s.description;
  if (!d) return undefined;
  const m = /^(.*?[.:])(\s|$)/.exec(d);
  return (m ? m[1] : d).replace(/[.:]$/, '');
}
