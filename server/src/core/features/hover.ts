/**
 * Hover: the schema's text for keys; for conversations what they map out and whom to invite; for
 * roles their title, function and uses; for references a summary of the target; enum values' meaning.
 */
import { type Analysis, treeOf } from '../analyze';
import { isConversationId } from '../catalog';
import type { Item } from '../model/types';
import { allItems, roleCatalog } from '../model/catalogue';
import type { HoverResult } from './types';
import { referenceKind } from './completion/references';
import { locate, type TreeHit } from './hover/locate';
import { describe, enumDescription, schemaAt } from './schemaNav';
import { conversationSummary, itemSummary, roleSummary } from './summaries';

export function hover(analysis: Analysis, offset: number): HoverResult | undefined {
  const root = treeOf(analysis);
  if (!root) return undefined;
  // A cursor right after a word (as keyboard-driven clients send it) hovers that word.
  const hit = locate(root, offset) ?? (offset > 0 ? locate(root, offset - 1) : undefined);
  if (!hit) return undefined;
  const contents = hit.on === 'key' ? keyHover(analysis, hit) : valueHover(analysis, hit);
  return contents ? { contents, span: hit.span } : undefined;
}

function keyHover(analysis: Analysis, hit: Extract<TreeHit, { on: 'key' }>): string | undefined {
  const { path } = hit;
  const key = String(path[path.length - 1]);
  if (path.length === 2 && path[0] === 'conversations' && isConversationId(key)) {
    return conversationSummary(key, analysis.model, roleCatalog(analysis.model));
  }
  if (path.length === 2 && path[0] === 'roles') return roleSummary(key, analysis.model, roleCatalog(analysis.model));
  const at = schemaAt(path);
  return at && describe(at.schema);
}

function valueHover(analysis: Analysis, hit: Extract<TreeHit, { on: 'value' }>): string | undefined {
  const { path } = hit;
  const value = String(hit.value);
  const model = analysis.model;
  const at = schemaAt(path);
  if (at?.ref === 'roleId') return roleSummary(value, model, roleCatalog(model));
  const ref = referenceKind(path);
  if (ref) {
    const kinds: Item['kind'][] = ref === 'platform' ? ['platform'] : ['application', 'platform'];
    const items = allItems(model);
    const target = items.find((i) => i.id?.text === value && kinds.includes(i.kind));
    if (target) return itemSummary(target, model, items);
    return `\`${value}\` is no ${ref === 'platform' ? 'platform' : 'application or platform'} in this strategy (\`unknown-reference\`).`;
  }
  if (path[0] === 'conversations' && path.length === 5 && path[4] === 'id') {
    const items = allItems(model);
    // In a composed model items of other files have spans of their own: match this file's only.
    const item = items.find(
      (i) => i.id?.span.start === hit.span.start && (i.id.span.file ?? analysis.file) === analysis.file,
    );
    if (item) return itemSummary(item, model, items);
  }
  if (!at) return undefined;
  const meaning = enumDescription(at.schema, value);
  if (meaning) return `\`${value}\`: ${meaning}`;
  return describe(at.schema);
}
