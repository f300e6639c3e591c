/** Plain tree -> StrategyModel. Tolerant: values of the wrong shape are skipped (the schema reports them). */
import { isConversationId } from '../catalog';
import { child, entry, type TreeNode } from '../parse/tree';
import type { Span } from '../types';
import type {
  Application,
  Conversation,
  DeclaredRole,
  Goal,
  Header,
  Item,
  Liability,
  Platform,
  Review,
  StrategyModel,
  Value,
} from './types';
import type { ConversationId } from '../catalog';

export function buildModel(root: TreeNode | null, file: string): StrategyModel {
  const model: StrategyModel = { file, header: {}, roles: [], conversationsState: 'absent', conversations: [] };
  if (!root || root.kind !== 'map') return model;
  model.header = readHeader(root);
  const inc = entry(root, 'include');
  if (inc) model.include = { keySpan: inc.keySpan, entries: inc.value?.kind === 'seq' ? values(inc.value) : [] };
  if (isPartTree(root)) {
    const p = entry(root, 'part-of')!;
    model.partOf = { keySpan: p.keySpan, value: value(p.value) };
  }
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

/** A part: a mapping with `part-of` and no `strategy` (a file with both is a root, its part-of a schema error). */
export function isPartTree(root: TreeNode | null | undefined): boolean {
  return !!root && root.kind === 'map' && !!entry(root, 'part-of') && !entry(root, 'strategy');
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
    id,
    keySpan,
    span: node ? { start: keySpan.start, end: node.span.end } : keySpan,
    participants: [],
    goals: [],
    applications: [],
    platforms: [],
    liabilities: [],
  };
  if (!node) return c;
  if (node.kind !== 'map') return { ...c, malformed: true };
  c.owner = value(child(node, 'owner'));
  if (isCollection(child(node, 'owner'))) c.ownerMistyped = true;
  c.participants = values(child(node, 'participants'));
  c.summary = value(child(node, 'summary'));
  c.review = readReview(node);
  c.goals = items(node, 'goals', id, 'goal') as Goal[];
  c.applications = items(node, 'applications', id, 'application') as Application[];
  c.platforms = items(node, 'platforms', id, 'platform') as Platform[];
  c.liabilities = items(node, 'liabilities', id, 'liability') as Liability[];
  return c;
}

/** Reads the items of one list in a single pass over each item's keys (this runs on every keystroke). */
function items(conv: TreeNode, key: string, conversation: ConversationId, kind: Item['kind']): Item[] {
  const list = child(conv, key);
  if (!list || list.kind !== 'seq') return [];
  const out: Item[] = [];
  for (const n of list.items) {
    if (!n || n.kind !== 'map') continue;
    // The first occurrence of each key wins, as `entry` does.
    const f = Object.create(null) as Record<string, TreeNode | null | undefined>;
    for (const e of n.entries) if (!e.duplicate && f[e.key] === undefined) f[e.key] = e.value;
    const id = value(f.id);
    const anchor = itemAnchor(n);
    const owner = value(f.owner);
    let item: Item;
    switch (kind) {
      case 'goal':
        item = {
          kind,
          id,
          anchor,
          span: n.span,
          owner,
          conversation,
          statement: value(f.statement),
          metric: value(f.metric),
          target: value(f.target),
          due: value(f.due),
          status: value(f.status),
        };
        break;
      case 'application':
        item = {
          kind,
          id,
          anchor,
          span: n.span,
          owner,
          conversation,
          name: value(f.name),
          platform: value(f.platform),
          audience: value(f.audience),
          data: values(f.data ?? undefined),
        };
        break;
      case 'platform':
        item = {
          kind,
          id,
          anchor,
          span: n.span,
          owner,
          conversation,
          name: value(f.name),
          sourcing: value(f.sourcing),
          hosting: value(f.hosting),
        };
        break;
      case 'liability':
        item = {
          kind,
          id,
          anchor,
          span: n.span,
          owner,
          conversation,
          title: value(f.title),
          category: value(f.category),
          covers: values(f.covers ?? undefined),
          mitigations: values(f.mitigations ?? undefined),
          status: value(f.status),
        };
        break;
    }
    if (isCollection(f.owner)) item.ownerMistyped = true;
    out.push(item);
  }
  return out;
}

/** A list or mapping where a scalar belongs. */
function isCollection(node: TreeNode | null | undefined): boolean {
  return !!node && node.kind !== 'scalar';
}

/** A list item's id value, or its first key when it has no id. */
export function itemAnchor(n: TreeNode): Span {
  if (n.kind !== 'map') return n.span;
  const idEntry = entry(n, 'id');
  if (idEntry) return idEntry.value?.span ?? idEntry.keySpan;
  return n.entries[0]?.keySpan ?? n.span;
}
