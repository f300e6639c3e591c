/** Keys the schema allows in the mapping at the cursor (minus those present), and snippets for mappings and list items. */
import { CONVERSATIONS, isConversationId, type ConversationId } from '../../catalog';
import { coveredIds, isCovered, isExposed } from '../../model/exposure';
import type { CompletionEntry } from '../types';
import { describe, resolveRef, shapeOf, shortDescription, type JsonSchema, type Segment } from '../schemaNav';
import { blockLines, conversationBody, flowText, joinLines, UNIT, withDefault } from '../snippets';
import { conversationSummary } from '../summaries';
import { itemOwner } from '../team';
import { conversationOf, pad, type CompletionEnv, type Place } from './env';

export function keyEntries(
  env: CompletionEnv,
  path: readonly Segment[],
  schema: JsonSchema,
  present: readonly string[],
  place: Place,
): CompletionEntry[] {
  const taken = new Set(present);
  const out: CompletionEntry[] = [];
  const underConversations = path.length === 1 && path[0] === 'conversations';
  Object.entries(schema.properties ?? {}).forEach(([key, raw], i) => {
    if (taken.has(key)) return;
    if (underConversations && isConversationId(key)) {
      out.push(...conversationEntries(env, key, place, i));
      return;
    }
    const prop = resolveRef(raw).schema;
    const insert = keyInsert(env, [...path, key], key, prop, place);
    out.push({
      label: key,
      kind: 'property',
      detail: shortDescription(prop),
      documentation: describe(prop),
      ...insert,
      replace: place.replace,
      sortText: `1${pad(i)}`,
    });
  });
  return out;
}

/** What a key inserts: `key: ` for a scalar; for a mapping or a list, the key and its first content as a snippet. */
function keyInsert(
  env: CompletionEnv,
  path: Segment[],
  key: string,
  prop: JsonSchema,
  place: Place,
): { insertText: string; isSnippet?: boolean } {
  if (place.colonAfter) return { insertText: place.prefix + key };
  if (place.flow) return { insertText: `${key}: ` };
  const nested = place.indent + UNIT;
  const shape = shapeOf(prop);
  if (shape === 'scalar') return { insertText: `${place.prefix}${key}: ` };
  if (shape === 'object') {
    const body = prop.defaultSnippets?.[0]?.body;
    const lines = body ? blockLines(body) : ['$0'];
    return { insertText: `${place.prefix}${key}:\n${lines.map((l) => nested + l).join('\n')}`, isSnippet: true };
  }
  const items = prop.items ? resolveRef(prop.items) : undefined;
  if (items && shapeOf(items.schema) === 'object') {
    const body = itemBody(env, path, items.schema);
    const lines = body ? blockLines(body) : ['$0'];
    return { insertText: `${place.prefix}${key}:\n${nested}- ${joinLines(lines, `${nested}  `)}`, isSnippet: true };
  }
  const words = items && !items.schema.enum && !items.ref;
  return words
    ? { insertText: `${place.prefix}${key}:\n${nested}- $0`, isSnippet: true }
    : { insertText: `${place.prefix}${key}: [$0]`, isSnippet: true };
}

/** Under `conversations:`: each missing conversation's id, then the same with its recommended team. */
function conversationEntries(env: CompletionEnv, id: ConversationId, place: Place, i: number): CompletionEntry[] {
  const documentation = conversationSummary(id, env.model, env.roles);
  const plain: CompletionEntry = {
    label: id,
    kind: 'conversation',
    detail: `${CONVERSATIONS[id].title} (missing)`,
    documentation,
    insertText: place.colonAfter ? id : place.flow ? `${id}: ` : `${place.prefix}${id}:\n${place.indent}${UNIT}$0`,
    isSnippet: !place.colonAfter && !place.flow,
    replace: place.replace,
    sortText: `0${pad(i)}`,
  };
  if (place.colonAfter) return [plain];
  const body = conversationBody(id, env.model);
  return [
    plain,
    {
      label: `${id} with its team`,
      filterText: id,
      kind: 'snippet',
      detail: 'Owner, recommended participants and a summary',
      documentation,
      insertText: place.flow
        ? `${id}: ${flowText(body)}`
        : `${place.prefix}${id}:\n${blockLines(body)
            .map((l) => place.indent + UNIT + l)
            .join('\n')}`,
      isSnippet: true,
      replace: place.replace,
      sortText: `0${pad(i)}b`,
    },
  ];
}

/** Snippets for the content of an empty mapping: a conversation's team, a review, a role... */
export function mappingSnippets(
  env: CompletionEnv,
  path: readonly Segment[],
  schema: JsonSchema,
  place: Place,
): CompletionEntry[] {
  const conv = conversationOf(path);
  const bodies =
    conv && path.length === 2
      ? [
          {
            label: `${conv} team`,
            description: 'Owner, recommended participants and a summary',
            body: conversationBody(conv, env.model),
          },
        ]
      : (schema.defaultSnippets ?? []).map((s) => ({ ...s, body: itemBodyFor(env, path, s.body) }));
  return bodies.map((s) => ({
    label: s.label,
    kind: 'snippet' as const,
    detail: s.description,
    insertText: place.flow ? flowText(s.body).slice(2, -2) : place.prefix + joinLines(blockLines(s.body), place.indent),
    isSnippet: true,
    replace: place.replace,
    sortText: '0',
  }));
}

/** Snippets for a new list item (goal, application, platform, liability), `- ` included when not typed yet. */
export function itemSnippets(
  env: CompletionEnv,
  seqPath: readonly Segment[],
  itemSchema: JsonSchema,
  place: Place,
): CompletionEntry[] {
  return (itemSchema.defaultSnippets ?? []).map((s) => ({
    label: s.label,
    kind: 'snippet' as const,
    detail: s.description,
    documentation: describe(itemSchema),
    insertText: place.prefix + joinLines(blockLines(itemBodyFor(env, [...seqPath, 0], s.body)), place.indent),
    isSnippet: true,
    replace: place.replace,
    sortText: '0',
  }));
}

function itemBody(env: CompletionEnv, itemPath: Segment[], schema: JsonSchema): unknown {
  const body = schema.defaultSnippets?.[0]?.body;
  return body === undefined ? undefined : itemBodyFor(env, [...itemPath, 0], body);
}

/** A list item's body with the conversation's owner, and for a liability the first uncovered id. */
function itemBodyFor(env: CompletionEnv, itemPath: readonly Segment[], body: unknown): unknown {
  const conv = conversationOf(itemPath);
  if (!conv || itemPath.length !== 4) return body;
  let out = withDefault(body, 'owner', itemOwner(conv, env.model));
  if (
    itemPath[2] === 'liabilities' &&
    typeof out === 'object' &&
    out &&
    Array.isArray((out as Record<string, unknown>).covers)
  ) {
    const covered = coveredIds(env.items);
    const open = env.items.find(
      (it) =>
        (it.kind === 'application' || it.kind === 'platform') && it.id && isExposed(it) && !isCovered(it, covered),
    );
    const covers = (out as Record<string, unknown>).covers as string[];
    if (open && covers.length === 1)
      out = { ...out, covers: [covers[0].replace(/^(\$\{\d+:)[^}]*\}$/, `$1${open.id!.text}}`)] };
  }
  return out;
}
