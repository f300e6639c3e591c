/**
 * uncovered-liability: add the id to an existing liability's `covers` (one fix per liability, the
 * first preferred), or add a liability stub that covers it to social-liability. An id that is not
 * kebab-case (already a schema error) is not copied anywhere: it would be one more schema error.
 */
import { entry } from '../../parse/tree';
import type { Item, Liability } from '../../model/types';
import { yamlString } from '../../template';
import { itemName } from '../summaries';
import { itemOwner } from '../team';
import type { TextEdit } from '../types';
import type { Fix, FixContext, Fixer } from './context';
import { addConversations, withTeam } from './addConversation';
import { appendItem, fillEmpty, insertKeyLines, isFlow } from './structure';
import { columnOf } from './text';

export const uncoveredLiabilityFix: Fixer = (fx, p) => {
  const id = fx.dataOf(p).id ?? fx.text.slice(p.span.start, p.span.end);
  if (typeof id !== 'string' || !ID.test(id)) return [];
  const out: Fix[] = [];
  for (const l of fx.items.filter((i): i is Liability => i.kind === 'liability' && !!i.id)) {
    const edits = addToCovers(fx, l, id);
    if (edits)
      out.push({ title: `Add ${id} to the covers of liability ${l.id!.text}`, edits, isPreferred: out.length === 0 });
  }
  const item = fx.items.find((i) => i.id?.text === id && (i.kind === 'application' || i.kind === 'platform'));
  const stub = addStub(fx, id, item);
  if (stub) out.push({ title: stubTitle(id), edits: stub, isPreferred: out.length === 0 });
  return out;
};

const ID = /^[a-z][a-z0-9-]*$/;

/** The title of the fix that adds a liability stub (a strategy across files writes it where social-liability is). */
export function stubTitle(id: string): string {
  return `Add a liability that covers ${id} to social-liability`;
}

export function addToCovers(fx: FixContext, l: Liability, id: string): TextEdit[] | undefined {
  const node = fx.itemNodeAt(l.span.start);
  if (!node) return undefined;
  const covers = entry(node, 'covers');
  if (!covers) return single(insertKeyLines(fx.text, node, [`covers: [${id}]`]));
  if (covers.value === null) return fillEmpty(fx.text, covers, { inline: `[${id}]` });
  return covers.value.kind === 'seq' ? single(appendItem(fx.text, covers.value, [id])) : undefined;
}

/** The keys of a new liability that covers `id`: open, owned like the conversation's items. */
function stubFields(fx: FixContext, id: string, item: Item | undefined): string[] {
  const taken = new Set(fx.items.map((i) => i.id?.text));
  let stubId = `${id}-exposure`;
  for (let n = 2; taken.has(stubId); n++) stubId = `${id}-exposure-${n}`;
  const data = item?.kind === 'application' ? item.data.map((d) => d.text) : [];
  const category = data.includes('regulated')
    ? 'regulatory'
    : data.some((d) => d.endsWith('-pii'))
      ? 'privacy'
      : 'security';
  const name = (item && itemName(item)) ?? id;
  return [
    `id: ${stubId}`,
    `title: ${yamlString(`Exposure of ${name}`)}`,
    `category: ${category}`,
    `owner: ${itemOwner('social-liability', fx.model)}`,
    `covers: [${id}]`,
  ];
}

export function addStub(fx: FixContext, id: string, item: Item | undefined): TextEdit[] | undefined {
  const fields = stubFields(fx, id, item);
  const asItem = [`- ${fields[0]}`, ...fields.slice(1).map((f) => `  ${f}`)];
  const step = fx.indentUnit();
  const block = ['liabilities:', ...asItem.map((l) => ' '.repeat(step) + l)];
  const e = fx.conversationEntry('social-liability');
  if (!e) return addConversations(fx, [withTeam(fx, 'social-liability', () => block)]);
  if (e.value === null)
    return fillEmpty(fx.text, e, { lines: block, childCol: columnOf(fx.text, e.keySpan.start) + step });
  if (e.value.kind !== 'map' || isFlow(fx.text, e.value)) return undefined;
  const list = entry(e.value, 'liabilities');
  if (!list) return single(insertKeyLines(fx.text, e.value, block));
  if (list.value === null)
    return fillEmpty(fx.text, list, { lines: asItem, childCol: columnOf(fx.text, list.keySpan.start) + step });
  if (list.value.kind !== 'seq' || isFlow(fx.text, list.value)) return undefined;
  return single(appendItem(fx.text, list.value, fields));
}

function single(edit: TextEdit | undefined): TextEdit[] | undefined {
  return edit && [edit];
}
