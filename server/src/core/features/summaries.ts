/** Markdown summaries of roles, items and conversations, for hover and completion documentation. */
import { CONVERSATIONS, recommendedRole, type ConversationId, type RoleInfo } from '../catalog';
import type { Item, StrategyModel } from '../model/types';
import { allItems } from '../model/catalogue';
import { coveredIds, isCovered, isExposed } from '../model/exposure';
import { closest } from '../model/closest';

const KIND_LABEL = { goal: 'Goal', application: 'Application', platform: 'Platform', liability: 'Liability' } as const;

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** The human name of an item: its name, title or statement. */
export function itemName(item: Item): string | undefined {
  switch (item.kind) {
    case 'goal':
      return item.statement?.text;
    case 'application':
    case 'platform':
      return item.name?.text;
    case 'liability':
      return item.title?.text;
  }
}

/** Up to six names, then how many more: a role that owns 500 goals gets a readable summary. */
function firstFew(names: readonly string[], max = 6): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

const usageCache = new WeakMap<StrategyModel, Map<string, string[]>>();

/** Where each role is used (sponsor, owner of..., participant in...), in one pass over the model, once per model. */
export function roleUsage(model: StrategyModel, items?: readonly Item[]): Map<string, string[]> {
  let usage = usageCache.get(model);
  if (!usage) {
    usage = computeRoleUsage(model, items ?? allItems(model));
    usageCache.set(model, usage);
  }
  return usage;
}

function computeRoleUsage(model: StrategyModel, items: readonly Item[]): Map<string, string[]> {
  const owns = new Map<string, string[]>();
  const joins = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, id: string, what: string) => {
    const list = m.get(id);
    if (list) list.push(what);
    else m.set(id, [what]);
  };
  for (const c of model.conversations) {
    if (c.owner) add(owns, c.owner.text, `the ${c.id} conversation`);
    for (const p of c.participants) add(joins, p.text, c.id);
  }
  for (const it of items) if (it.owner) add(owns, it.owner.text, `${it.kind} ${it.id ? code(it.id.text) : '(no id)'}`);
  const usage = new Map<string, string[]>();
  const sponsor = model.header.sponsor?.text;
  for (const id of new Set([...(sponsor ? [sponsor] : []), ...owns.keys(), ...joins.keys()])) {
    const uses: string[] = [];
    if (id === sponsor) uses.push('sponsor of the strategy');
    if (owns.has(id)) uses.push(`owner of ${firstFew(owns.get(id)!)}`);
    if (joins.has(id)) uses.push(`participant in ${[...new Set(joins.get(id))].join(', ')}`);
    usage.set(id, uses);
  }
  return usage;
}

export function roleSummary(
  id: string,
  model: StrategyModel,
  roles: Map<string, RoleInfo>,
  usage = roleUsage(model),
): string {
  const role = roles.get(id);
  if (!role) {
    const suggestion = closest(id, roles.keys());
    return [
      `${code(id)} is no built-in or declared role (\`unknown-role\`).`,
      suggestion
        ? `Did you mean ${code(suggestion)} (${roles.get(suggestion)!.title})?`
        : 'Declare it under `roles` with a title and a function, or use an existing role.',
    ].join('\n\n');
  }
  const origin = role.builtIn ? 'built-in role' : 'declared under `roles`';
  const lines = [
    `**${role.title}** (${code(id)})`,
    `Function: ${role.function ? code(role.function) : '(none)'} · ${origin}`,
  ];
  if (role.description) lines.push(role.description);
  const uses = usage.get(id) ?? [];
  lines.push(uses.length ? `Used as: ${uses.join('; ')}.` : 'Not used in this strategy yet.');
  return lines.join('\n\n');
}

/** A summary of an item: kind, name, owner, conversation, and how it is linked to the others. */
export function itemSummary(item: Item, model: StrategyModel, items: readonly Item[] = allItems(model)): string {
  const head = `**${KIND_LABEL[item.kind]}** ${item.id ? code(item.id.text) : '(no id)'}${itemName(item) ? `: ${itemName(item)}` : ''}`;
  const facts = [`in ${item.conversation}`, `owner ${item.owner ? code(item.owner.text) : '(none)'}`];
  const more: string[] = [];
  const id = item.id?.text;
  if (item.kind === 'application') {
    if (item.platform) facts.push(`runs on ${code(item.platform.text)}`);
    if (item.audience) facts.push(`audience ${item.audience.text}`);
    if (item.data.length) facts.push(`data ${item.data.map((d) => d.text).join(', ')}`);
  } else if (item.kind === 'platform') {
    if (item.sourcing) facts.push(`sourcing ${item.sourcing.text}`);
    if (item.hosting) facts.push(`hosting ${item.hosting.text}`);
    const apps = items
      .filter((i) => i.kind === 'application' && i.platform?.text === id && i.id)
      .map((i) => code(i.id!.text));
    if (apps.length) more.push(`Carries ${apps.join(', ')}.`);
  } else if (item.kind === 'liability') {
    if (item.category) facts.push(`category ${item.category.text}`);
    facts.push(`status ${item.status?.text ?? 'open'}`);
    if (item.covers.length) more.push(`Covers ${item.covers.map((c) => code(c.text)).join(', ')}.`);
    more.push(`${item.mitigations.length} mitigation${item.mitigations.length === 1 ? '' : 's'}.`);
  } else {
    facts.push(`status ${item.status?.text ?? 'planned'}`);
    if (item.due) facts.push(`due ${item.due.text}`);
    if (item.target) facts.push(`target ${item.target.text}`);
  }
  if ((item.kind === 'application' || item.kind === 'platform') && id) {
    const by = items
      .filter((i) => i.kind === 'liability' && i.covers.some((c) => c.text === id) && i.id)
      .map((i) => code(i.id!.text));
    if (by.length) more.push(`Covered by ${by.join(', ')}.`);
    else if (isExposed(item)) {
      more.push(
        isCovered(item, coveredIds(items))
          ? 'Covered through its platform.'
          : 'Exposed, and no liability covers it (`uncovered-liability`).',
      );
    }
  }
  return [head, facts.join(' · '), ...more].join('\n\n');
}

export function conversationSummary(id: ConversationId, model: StrategyModel, roles: Map<string, RoleInfo>): string {
  const info = CONVERSATIONS[id];
  const invite = info.invites.map((fn) => `${code(fn)} (${code(recommendedRole(fn) ?? fn)})`).join(', ');
  const lines = [
    `**${info.title}** (${code(id)})`,
    `Maps out: ${info.mapsOut}`,
    `Leaders to invite (function, recommended role): ${invite}.`,
  ];
  const conv = model.conversations.find((c) => c.id === id);
  if (conv && !conv.malformed) {
    const people = [conv.owner, ...conv.participants].filter((v) => v !== undefined).map((v) => v.text);
    const functions = new Set(people.map((p) => roles.get(p)?.function));
    const missing = info.invites.filter((fn) => !functions.has(fn));
    lines.push(
      `At the table: ${people.length ? people.map(code).join(', ') : 'nobody yet'}${
        missing.length ? `; no ${missing.map(code).join(', ')} leader yet` : ''
      }.`,
    );
  }
  return lines.join('\n\n');
}
