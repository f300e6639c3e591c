/**
 * Completion: what fits where the cursor is, read from the text (so it works on incomplete YAML)
 * and the schema; roles, ids and teams come from the analysis's model.
 */
import type { Analysis } from '../analyze';
import type { CompletionEntry } from './types';
import { cursorContext, type CursorContext } from './cursor';
import { schemaAt, shapeOf, type Segment } from './schemaNav';
import { CompletionEnv, type Place } from './completion/env';
import { itemSnippets, keyEntries, mappingSnippets } from './completion/keys';
import { valueEntries } from './completion/values';

export function complete(analysis: Analysis, offset: number): CompletionEntry[] {
  const ctx = cursorContext(analysis.text, offset);
  const env = new CompletionEnv(analysis);
  switch (ctx.kind) {
    case 'none':
      return [];
    case 'value':
      return valueEntries(env, ctx.path, ctx.present, placeOf(ctx, ctx.needsSpace ? ' ' : ''));
    case 'item':
      return itemEntries(env, ctx.path, ctx.index, ctx.present, ctx.presentKeys, placeOf(ctx, ''));
    case 'key': {
      const at = schemaAt(ctx.path);
      if (!at) return [];
      const shape = shapeOf(at.schema);
      if (shape === 'object') {
        const place = placeOf(ctx, '');
        const keys = keyEntries(env, ctx.path, at.schema, ctx.present, place);
        return ctx.present.length || place.colonAfter
          ? keys
          : [...mappingSnippets(env, ctx.path, at.schema, place), ...keys];
      }
      if (ctx.flow) return [];
      // Below a list's key without a `- ` yet: a new item, written with its dash.
      if (shape === 'array') return itemEntries(env, ctx.path, ctx.items.length, ctx.items, [], placeOf(ctx, '- '));
      return valueEntries(env, ctx.path, [], placeOf(ctx, ''));
    }
  }
}

/** A new item of the sequence at `seqPath`: keys and snippets for a mapping item, values for a scalar one. */
function itemEntries(
  env: CompletionEnv,
  seqPath: Segment[],
  index: number,
  present: string[],
  presentKeys: string[],
  place: Place,
): CompletionEntry[] {
  const itemPath = [...seqPath, index];
  const at = schemaAt(itemPath);
  if (!at) return [];
  if (shapeOf(at.schema) !== 'object') return valueEntries(env, itemPath, present, place);
  const snippets = presentKeys.length || place.colonAfter ? [] : itemSnippets(env, seqPath, at.schema, place);
  return [...snippets, ...keyEntries(env, itemPath, at.schema, presentKeys, place)];
}

function placeOf(ctx: Exclude<CursorContext, { kind: 'none' }>, prefix: string): Place {
  const relative = ' '.repeat(Math.max(0, ctx.col - ctx.lineIndent));
  return {
    replace: ctx.replace,
    prefix,
    flow: ctx.kind !== 'item' && ctx.flow,
    colonAfter: ctx.kind !== 'value' && ctx.colonAfter,
    // A `- ` written by the entry puts the item's keys two columns further.
    indent: relative + (prefix === '- ' ? '  ' : ''),
  };
}
