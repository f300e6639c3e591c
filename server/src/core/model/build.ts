/** Plain tree -> StrategyModel. Tolerant: values of the wrong shape are skipped (the schema reports them). */
import { isConversationId } from '../catalog';
import { child, entry, type TreeNode } from '../parse/tree';
import type { Span } from '../types';
import type {
  Application, Conversation, DeclaredRole, Goal, Header, Liability, Platform, Review, StrategyModel, Value,
} from './types';
import type { ConversationId } from '../catalog';

export function buildModel(root: TreeNode | null, file: string): StrategyModel {
  const model: StrategyModel = { file, header: {}, roles: [], conversationsState: 'absent', conversations: [] };
  if (!root || root.kind !== 'map') return model;
  model.header = readHeader(root);
  const roles = child(root, 'roles');
  if (roles?.kind === 'map') model.roles = roles.entries.filter((e) => !e.duplicate).map(readRole);
  const convEntry = entry(root, 'conversations');
  if (convEntry) {
    model.conversationsKey = convEntry.keySpan;
    const conv = convEntry.value;
    if (conv === null) model.conversationsState = 'absent';
    else if (conv.kind === 'map') {
      model.conversationsState = 'map';
      for (const e of conv.entries) {
        if (e.duplicate || !isConversationId(e.key)) continue;
        model.conversations.push(readConversation(e.key, e.keySpan, e.value));
      }
    } else model.conversationsState = 'invalid';
  }
  return model;
}

export function value(node: TreeNode | null | undefined): Value | undefined {
  if (!node || node.kind !== 'scalar' || node.value === null) return undefined;
  return { text: String(node.value), isString: typeof node.value === 'string', span: node.span };
}

function values(node: TreeNode | undefined): Value[] {
  if (!node || node.kind !== 'seq') return [];
  return node.items.map(value).filter((v): v is Value => v !== undefined);
}

function readHeader(root: TreeNode): Header {
  return {
    strategy: value(child(root, 'strategy')),
    organization: value(child(root, 'organization')),
    version: value(child(root, 'version')),
    sponsor: value(child(root, 'sponsor')),
    review: readReview(root),
  };
}

function readReview(parent: TreeNode | null): Review | undefined {
  const e = entry(parent, 'review');
  if (!e || !e.value || e.value.kind !== 'map') return undefined;
  return { keySpan: e.keySpan, cadence: value(child(e.value, 'cadence')), last: value(child(e.value, 'last')) };
}

function readRole(e: { key: string; keySpan: Span; value: TreeNode | null }): DeclaredRole {
  return {
    id: e.key,
    keySpan: e.keySpan,
    title: value(child(e.value, 'title')),
    function: value(child(e.value, 'function')),
    description: value(child(e.value, 'description')),
  };
}

function readConversation(id: ConversationId, keySpan: Span, node: TreeNode | null): Conversation {
  const c: Conversation = {
    id, keySpan, span: node ? { start: keySpan.start, end: node.span.end } : keySpan,
    participants: [], goals: [], applications: [], platforms: [], liabilities: [],
  };
  if (!node) return c;
  if (node.kind !== 'map') return { ...c, malformed: true };
  c.owner = value(child(node, 'owner'));
  c.participants = values(child(node, 'participants'));
  c.summary = value(child(node, 'summary'));
  c.review = readReview(node);
  c.goals = items(node, 'goals', id, (n, base) => ({
    ...base, kind: 'goal', statement: value(child(n, 'statement')), metric: value(child(n, 'metric')),
    target: value(child(n, 'target')), due: value(child(n, 'due')), status: value(child(n, 'status')),
  }) as Goal);
  c.applications = items(node, 'applications', id, (n, base) => ({
    ...base, kind: 'application', name: value(child(n, 'name')), platform: value(child(n, 'platform')),
    audience: value(child(n, 'audience')), data: values(child(n, 'data')),
  }) as Application);
  c.platforms = items(node, 'platforms', id, (n, base) => ({
    ...base, kind: 'platform', name: value(child(n, 'name')), sourcing: value(child(n, 'sourcing')),
    hosting: value(child(n, 'hosting')),
  }) as Platform);
  c.liabilities = items(node, 'liabilities', id, (n, base) => ({
    ...base, kind: 'liability', title: value(child(n, 'title')), category: value(child(n, 'category')),
    covers: values(child(n, 'covers')), mitigations: values(child(n, 'mitigations')), status: value(child(n, 'status')),
  }) as Liability);
  return c;
}

interface ItemBaseFields {
  id?: Value;
  anchor: Span;
  span: Span;
  owner?: Value;
  conversation: ConversationId;
}

function items<T>(
  conv: TreeNode, key: string, conversation: ConversationId, read: (n: TreeNode, base: ItemBaseFields) => T,
): T[] {
  const list = child(conv, key);
  if (!list || list.kind !== 'seq') return [];
  const out: T[] = [];
  for (const n of list.items) {
    if (!n || n.kind !== 'map') continue;
    const id = value(child(n, 'id'));
    out.push(read(n, { id, anchor: itemAnchor(n), span: n.span, owner: value(child(n, 'owner')), conversation }));
  }
  return out;
}

/** A list item's id value, or its first key when it has no id. */
export function itemAnchor(n: TreeNode): Span {
  if (n.kind !== 'map') return n.span;
  const idEntry = entry(n, 'id');
  if (idEntry) return idEntry.value?.span ?? idEntry.keySpan;
  return n.entries[0]?.keySpan ?? n.span;
}
