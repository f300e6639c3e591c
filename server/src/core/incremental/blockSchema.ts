/** Schema validation of one block: `roles`, one conversation, or the header keys together. */
import type { ErrorObject } from 'ajv';
import { toData, type MapEntry, type TreeNode } from '../parse/tree';
import { isPartTree } from '../model/build';
import { validateData, validatePart } from '../schema/ajv';
import type { Block } from './blocks';

/** Errors of a conversation block (any value), or of a `roles` block whose value is a mapping. */
export function blockSchemaErrors(kind: Block['kind'], entry: MapEntry): ErrorObject[] {
  if (kind === 'conversation') {
    // As in the whole file's data: an empty conversation counts as absent (toData drops it).
    const data = toData({ kind: 'map', span: entry.keySpan, entries: [entry] });
    return validatePart('#/definitions/root/properties/conversations', data, '/conversations');
  }
  return validatePart('#/definitions/root/properties/roles', toData(entry.value), '/roles');
}

/**
 * The top-level mapping without the values checked apart (`roles`, and `conversations` when split into
 * conversation blocks): required keys, unknown keys, the header's values, the other keys' types.
 */
export function headerSchemaErrors(root: TreeNode, checkedApart: ReadonlySet<string>): ErrorObject[] {
  if (root.kind !== 'map') return [];
  const data: Record<string, unknown> = {};
  for (const e of root.entries) {
    if (e.duplicate || e.value === null) continue;
    data[e.key] = checkedApart.has(e.key) ? {} : toData(e.value);
  }
  return isPartTree(root) ? validateData(data, 'part') : validatePart('', data, '');
}
