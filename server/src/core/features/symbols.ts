/**
 * The outline: header fields, roles, and conversations with their goals, applications, platforms
 * and liabilities as children. Pure and offset-based.
 */
import { type Analysis, treeOf } from '../analyze';
import type { Conversation, Item } from '../model/types';
import { child, type MapEntry, type TreeNode } from '../parse/tree';
import type { Span } from '../types';
import { trimEndSpan } from './trim';
import type { SymbolEntry } from './types';

export function documentSymbols(analysis: Analysis): SymbolEntry[] {
  const root = treeOf(analysis);
  if (!root || root.kind !== 'map') return [];
  const { text } = analysis;
  const conversations = new Map(analysis.model.conversations.map((c) => [c.keySpan.start, c]));
  const out: SymbolEntry[] = [];
  for (const e of root.entries) {
    if (e.duplicate) continue;
    if (e.key === 'roles')
      out.push(
        block(
          text,
          e,
          'role',
          mapEntries(e.value).map((r) => roleSymbol(text, r)),
        ),
      );
    else if (e.key === 'conversations') {
      const children = mapEntries(e.value).map((c) => conversationSymbol(text, c, conversations.get(c.keySpan.start)));
      out.push(block(text, e, 'conversation', children));
    } else
      out.push({
        name: e.key,
        detail: summary(e.value),
        kind: 'key',
        span: entrySpan(text, e),
        selection: e.keySpan,
        children: [],
      });
  }
  return out;
}

function mapEntries(node: TreeNode | null): MapEntry[] {
  return node?.kind === 'map' ? node.entries : [];
}

function entrySpan(text: string, e: MapEntry): Span {
  return trimEndSpan(text, { start: e.keySpan.start, end: Math.max(e.keySpan.end, e.value?.span.end ?? 0) });
}

function block(text: string, e: MapEntry, noun: string, children: SymbolEntry[]): SymbolEntry {
  const detail = `${children.length} ${noun}${children.length === 1 ? '' : 's'}`;
  return { name: e.key, kind: 'namespace', span: entrySpan(text, e), selection: e.keySpan, children, detail };
}

function roleSymbol(text: string, e: MapEntry): SymbolEntry {
  const title = scalarText(child(e.value, 'title'));
  const fn = scalarText(child(e.value, 'function'));
  const detail = [title, fn && `(${fn})`].filter(Boolean).join(' ') || undefined;
  return { name: e.key, detail, kind: 'object', span: entrySpan(text, e), selection: e.keySpan, children: [] };
}

function conversationSymbol(text: string, e: MapEntry, c: Conversation | undefined): SymbolEntry {
  const items: Item[] = c ? [...c.goals, ...c.applications, ...c.platforms, ...c.liabilities] : [];
  items.sort((a, b) => a.span.start - b.span.start);
  return {
    name: e.key,
    detail: c?.owner ? `owner ${c.owner.text}` : undefined,
    kind: 'namespace',
    span: entrySpan(text, e),
    selection: e.keySpan,
    children: items.map((it) => itemSymbol(text, it)),
  };
}

function itemSymbol(text: string, it: Item): SymbolEntry {
  const label = it.kind === 'goal' ? it.statement : it.kind === 'liability' ? it.title : it.name;
  return {
    name: it.id?.text ?? `(${it.kind} without id)`,
    detail: label ? `${it.kind}: ${label.text}` : it.kind,
    kind: 'object',
    span: trimEndSpan(text, it.span),
    selection: it.anchor,
    children: [],
  };
}

function scalarText(node: TreeNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

/** A short detail for a header field: its value, or the fields of a small mapping. */
function summary(node: TreeNode | null): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'scalar') return scalarText(node);
  if (node.kind === 'map') {
    return node.entries.map((e) => `${e.key}: ${scalarText(e.value ?? undefined) ?? '…'}`).join(', ') || undefined;
  }
  return `${node.items.length} items`;
}
