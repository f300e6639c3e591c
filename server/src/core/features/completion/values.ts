/** Values at the cursor: roles, references, enum values; for a list or a mapping value, the fitting shorthand. */
import type { CompletionEntry } from '../types';
import { enumDescription, schemaAt, shapeOf, type JsonSchema, type Segment } from '../schemaNav';
import { blockLines, conversationBody, flowText, UNIT } from '../snippets';
import { conversationOf, pad, type CompletionEnv, type Place } from './env';
import { referenceEntries, referenceKind } from './references';
import { roleEntries } from './roles';

export function valueEntries(
  env: CompletionEnv,
  path: readonly Segment[],
  present: readonly string[],
  place: Place,
): CompletionEntry[] {
  const at = schemaAt(path);
  if (!at) return [];
  const shape = shapeOf(at.schema);
  if (shape === 'array') return listValueEntries(env, path, place);
  if (shape === 'object') return mappingValueEntries(env, path, at.schema, place);
  if (at.ref === 'roleId') return roleEntries(env, path, present, place);
  const ref = referenceKind(path);
  if (ref) return referenceEntries(env, ref, present, place);
  if (at.schema.enum) return enumEntries(at.schema, present, place);
  return [];
}

function enumEntries(s: JsonSchema, present: readonly string[], place: Place): CompletionEntry[] {
  const taken = new Set(present);
  return (s.enum ?? [])
    .filter((v): v is string => typeof v === 'string' && !taken.has(v))
    .map((v, i) => ({
      label: v,
      kind: 'enum' as const,
      documentation: enumDescription(s, v),
      insertText: place.prefix + v,
      replace: place.replace,
      sortText: pad(i),
    }));
}

/** `participants: |` offers `[cmo]`-style entries: the item values, written as a one-item flow list. */
function listValueEntries(env: CompletionEnv, path: readonly Segment[], place: Place): CompletionEntry[] {
  if (place.flow || place.prefix === '- ') return [];
  const items = valueEntries(env, [...path, 0], [], { ...place, prefix: '' });
  return items.map((e) => ({ ...e, insertText: `${place.prefix}[${e.insertText}]`, filterText: e.label }));
}

/** `review: |` offers the mapping's snippet, as a flow mapping in flow style, else as indented lines below. */
function mappingValueEntries(
  env: CompletionEnv,
  path: readonly Segment[],
  s: JsonSchema,
  place: Place,
): CompletionEntry[] {
  const conv = conversationOf(path);
  const bodies =
    conv && path.length === 2
      ? [
          {
            label: `${conv} with its team`,
            description: 'Owner, recommended participants and a summary',
            body: conversationBody(conv, env.model),
          },
        ]
      : (s.defaultSnippets ?? []);
  return bodies.map((sn) => ({
    label: sn.label,
    kind: 'snippet' as const,
    detail: sn.description,
    insertText: place.flow
      ? place.prefix + flowText(sn.body)
      : `\n${blockLines(sn.body)
          .map((l) => place.indent + UNIT + l)
          .join('\n')}`,
    isSnippet: true,
    replace: place.replace,
  }));
}
