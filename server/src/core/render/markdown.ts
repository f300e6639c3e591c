/** The same view as Markdown: for pull requests, wikis and people who read plain text. */
import { CONVERSATION_IDS, CONVERSATIONS } from '../catalog';
import type { Analysis } from '../analyze';
import { escapeMarkdown as md } from './escape';
import { MATRIX_MAX_COLUMNS } from './coverageMatrix';
import { SEVERITY_ORDER, SEVERITY_TITLES } from './problems';
import { reviewLabel } from './reviewView';
import { buildView } from './view';
import type { ConversationView, ReviewView, RoleRef, StrategyView } from './viewTypes';

export interface RenderMarkdownOptions {
  today: string;
}

export function renderMarkdown(analysis: Analysis, options: RenderMarkdownOptions): string {
  const v = buildView(analysis, options.today);
  const parts = [banner(v)];
  if (!v.unreadable) parts.push(header(v), conversations(v), roles(v), coverage(v), timeline(v));
  parts.push(problems(v));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

function role(r: RoleRef | undefined, withFunction = false): string {
  if (!r) return '—';
  if (!r.title) return `${md(r.id)} (unknown role)`;
  return `${md(r.title)} (${md(r.id)}${withFunction && r.function ? `, ${md(r.function)}` : ''})`;
}

const seat = (r: RoleRef) => role(r, true);

function review(r: ReviewView): string {
  const label = reviewLabel(r);
  const text = r.state === 'overdue' ? `**${label}**` : label;
  return r.inherited && r.state !== 'missing' ? `${text} (strategy rhythm)` : text;
}

function banner(v: StrategyView): string {
  if (!v.broken.length) return '';
  const title = v.unreadable
    ? 'Nothing could be read from this file.'
    : 'The file could not be read in full; this shows what could be read.';
  return [`> **${title}**`, '>', ...v.broken.map((p) => `> - line ${p.line + 1}: ${md(p.message)}`)].join('\n');
}

function header(v: StrategyView): string {
  const s = v.stats;
  const r = v.review;
  const rhythm = r.state === 'missing' ? '' : `${md(r.cadence ?? '?')}, last ${md(r.last?.text ?? '?')}. `;
  const lines = [
    `# ${v.title ? md(v.title.text) : 'Untitled strategy'}`,
    '',
    `**${v.organization ? md(v.organization.text) : 'Organization not set'}** · Social business strategy${v.version ? ` · version ${md(v.version.text)}` : ''}`,
    '',
    '| | |',
    '|---|---|',
    `| Sponsor | ${role(v.sponsor)} |`,
    `| Strategy review | ${rhythm}${review(r)} |`,
    `| Conversations held | ${s.conversationsHeld}/6 |`,
    `| Goals | ${s.goals} (${s.goalsDone} done, ${s.goalsOverdue} overdue) |`,
    `| Applications and platforms | ${s.applications} applications on ${s.platforms} platforms |`,
    `| Exposed items covered | ${s.exposed - s.uncovered}/${s.exposed} |`,
    `| Liabilities | ${s.liabilities} (${s.liabilitiesOpen} open) |`,
  ];
  return lines.join('\n');
}

function conversations(v: StrategyView): string {
  return ['## The six conversations', ...v.conversations.map((c) => conversation(c, v))].join('\n\n');
}

function conversation(c: ConversationView, v: StrategyView): string {
  const title = `### ${c.number}. ${c.info.title} (${c.id})`;
  if (!c.present) {
    const invite = c.toInvite.map((r) => `${md(r.title)} (${md(r.id)})`);
    if (v.sponsor) invite.push(`${role(v.sponsor)} as sponsor`);
    return `${title} — not convened\n\n${md(c.info.mapsOut)}\n\nConvene it: invite ${invite.join(', ')}.`;
  }
  if (c.malformed) return `${title}\n\nThis conversation is not a mapping of keys; see the problems below.`;
  const out = [title, '', `Review: ${review(c.review)}`, ''];
  if (c.summary) out.push(`_${md(c.summary.text)}_`, '');
  out.push(`- **Owner:** ${c.owner ? seat(c.owner) : '**no owner**'}`);
  out.push(`- **At the table:** ${c.participants.length ? c.participants.map(seat).join(', ') : 'nobody invited'}`);
  if (c.toInvite.length)
    out.push(
      `- **Missing at the table:** ${c.toInvite.map((r) => `${md(r.function)} (invite ${md(r.title)})`).join(', ')}`,
    );
  const block = (name: string, items: string[]) => {
    if (items.length) out.push('', `**${name}**`, '', ...items.map((i) => `- ${i}`));
  };
  block(
    'Goals',
    c.goals.map((g) => {
      const bits = [`status ${md(g.status)}`];
      if (g.due) bits.push(g.overdue ? `**overdue**, due ${md(g.due.text)}` : `due ${md(g.due.text)}`);
      if (g.metric || g.target)
        bits.push(`${md(g.metric ?? 'target')}${g.target !== undefined ? ` → ${md(g.target)}` : ''}`);
      bits.push(`owner ${role(g.owner)}`);
      return `${md(g.statement ?? 'no statement')}${g.id ? ` (${md(g.id)})` : ''} — ${bits.join('; ')}`;
    }),
  );
  block(
    'Applications',
    c.applications.map((a) => {
      const bits = [a.audience ? `${md(a.audience)} audience` : 'audience not set'];
      if (a.data.length) bits.push(`data: ${a.data.map(md).join(', ')}`);
      if (a.platform)
        bits.push(`on ${md(a.platform.name ?? a.platform.id)}${a.platform.known ? '' : ' (unknown platform)'}`);
      bits.push(`owner ${role(a.owner)}`);
      if (a.exposed) bits.push(a.covered ? 'covered' : '**exposed, no liability covers it**');
      return `${md(a.name ?? 'unnamed')}${a.id ? ` (${md(a.id)})` : ''} — ${bits.join('; ')}`;
    }),
  );
  block(
    'Platforms',
    c.platforms.map((p) => {
      const bits = [
        p.sourcing ? md(p.sourcing) : 'sourcing not set',
        p.hosting ? `${md(p.hosting)} hosting` : 'hosting not set',
        `owner ${role(p.owner)}`,
      ];
      if (p.exposed) bits.push(p.covered ? 'covered' : '**exposed, no liability covers it**');
      return `${md(p.name ?? 'unnamed')}${p.id ? ` (${md(p.id)})` : ''} — ${bits.join('; ')}`;
    }),
  );
  block(
    'Liabilities',
    c.liabilities.map((l) => {
      const bits = [`status ${md(l.status)}`];
      if (l.category) bits.push(md(l.category));
      bits.push(`owner ${role(l.owner)}`);
      if (l.covers.length) bits.push(`covers ${l.covers.map((x) => md(x.name ?? x.id)).join(', ')}`);
      const head = `${md(l.title ?? 'untitled')}${l.id ? ` (${md(l.id)})` : ''} — ${bits.join('; ')}`;
      return [head, ...l.mitigations.map((m) => `  - ${md(m.text)}`)].join('\n');
    }),
  );
  return out.join('\n');
}

function roles(v: StrategyView): string {
  if (!v.roles.length) return '## Who sits at which table\n\nNobody is seated at any conversation yet.';
  const head = `| Role | ${CONVERSATION_IDS.map((id) => CONVERSATIONS[id].title).join(' | ')} |`;
  const rule = `|---|${CONVERSATION_IDS.map(() => ':-:').join('|')}|`;
  const rows = v.roles.map((r) => {
    const cells = CONVERSATION_IDS.map((id) => (r.seats[id]?.seat === 'owner' ? '**Owner**' : r.seats[id] ? '●' : ''));
    return `| ${seat(r.role)}${r.sponsor ? ' · sponsor' : ''}${r.description ? ` — ${md(r.description)}` : ''} | ${cells.join(' | ')} |`;
  });
  return ['## Who sits at which table', '', head, rule, ...rows].join('\n');
}

function coverage(v: StrategyView): string {
  if (!v.coverage.length) return '## Liability coverage\n\nNo application or platform is exposed.';
  const seen = new Set<string>();
  const ls = v.liabilities.filter((l) => l.id !== undefined && !seen.has(l.id) && seen.add(l.id));
  const item = (r: StrategyView['coverage'][number]) =>
    `${md(r.name ?? r.id ?? 'unnamed')} (${r.kind}; ${md(r.reasons.join(', '))})`;
  const status = (r: StrategyView['coverage'][number]) => (r.covered ? 'covered' : '**UNCOVERED**');
  if (ls.length > MATRIX_MAX_COLUMNS) {
    const rows = v.coverage.map((r) => {
      const by = ls
        .filter((l) => r.cells[l.id!])
        .map((l) => `${md(l.title ?? l.id!)}${r.cells[l.id!] === 'platform' ? ' (platform)' : ''}`);
      return `| ${item(r)} | ${by.join(', ')} | ${status(r)} |`;
    });
    return ['## Liability coverage', '', '| Exposed item | Covered by | Coverage |', '|---|---|---|', ...rows].join(
      '\n',
    );
  }
  const head = `| Exposed item | ${ls.map((_, i) => `L${i + 1}`).join(' | ')}${ls.length ? ' | ' : ''}Coverage |`;
  const rule = `|---|${ls.map(() => ':-:|').join('')}---|`;
  const rows = v.coverage.map((r) => {
    const cells = ls.map((l) => (r.cells[l.id!] === 'direct' ? '✓' : r.cells[l.id!] ? '✓ (platform)' : ''));
    return `| ${item(r)} | ${cells.join(' | ')}${ls.length ? ' | ' : ''}${status(r)} |`;
  });
  const legend = ls.map((l, i) => `- L${i + 1}: ${md(l.title ?? l.id!)} (${md(l.id!)}), ${md(l.status)}`);
  return ['## Liability coverage', '', head, rule, ...rows, '', ...legend].join('\n');
}

function timeline(v: StrategyView): string {
  const rows = v.timeline.map((r) => {
    const rv = r.review;
    const cadence = rv.state === 'missing' ? '—' : `${md(rv.cadence ?? '?')}${rv.inherited ? ' (strategy)' : ''}`;
    return `| ${md(r.title)} | ${cadence} | ${md(rv.last?.text ?? '—')} | ${md(rv.next ?? '—')} | ${review({ ...rv, inherited: false })} |`;
  });
  const out = [
    '## Review timeline',
    '',
    `Today is ${md(v.today)}.`,
    '',
    '| Conversation | Cadence | Last review | Next review | Status |',
    '|---|---|---|---|---|',
    ...rows,
  ];
  const goals = v.conversations.flatMap((c) => c.goals.filter((g) => g.due).map((g) => ({ g, c: c.info.title })));
  goals.sort((a, b) => (a.g.due!.text < b.g.due!.text ? -1 : a.g.due!.text > b.g.due!.text ? 1 : 0));
  if (goals.length) {
    out.push('', '### Goal deadlines', '', '| Due | Goal | Conversation | Status |', '|---|---|---|---|');
    for (const { g, c } of goals) {
      out.push(
        `| ${md(g.due!.text)} | ${md(g.statement ?? g.id ?? 'no statement')} | ${md(c)} | ${md(g.status)}${g.overdue ? ', **overdue**' : ''} |`,
      );
    }
  }
  return out.join('\n');
}

function problems(v: StrategyView): string {
  if (!v.problems.length)
    return `## Problems\n\nNo problems: the strategy passes every check (checked against ${md(v.today)}).`;
  const counts = SEVERITY_ORDER.map(
    (s) => `${v.problems.filter((p) => p.severity === s).length} ${SEVERITY_TITLES[s].toLowerCase()}`,
  ).join(', ');
  const out = ['## Problems', '', `${counts} (checked against ${md(v.today)}).`];
  for (const s of SEVERITY_ORDER) {
    const list = v.problems.filter((p) => p.severity === s);
    if (!list.length) continue;
    out.push(
      '',
      `### ${SEVERITY_TITLES[s]}`,
      '',
      ...list.map((p) => `- line ${p.line + 1}, ${p.code}: ${md(p.message)}`),
    );
  }
  return out.join('\n');
}
