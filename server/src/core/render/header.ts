/** The page header (title, organization, sponsor, version, review, key figures) and the problem banner. */
import { countSeverities, describeCounts, totalOf } from '../problemCounts';
import { chip, esc, maybe, reviewChip, roleName, src } from './html';
import type { ProblemView, StrategyView } from './viewTypes';

export function renderHeader(v: StrategyView): string {
  const org = v.organization
    ? `<span${src(v.organization.line)}>${esc(v.organization.text)}</span>`
    : '<span class="muted">Organization not set</span>';
  const title = v.title
    ? `<h1${src(v.title.line)}>${esc(v.title.text)}</h1>`
    : '<h1 class="muted">Untitled strategy</h1>';
  const sponsor = v.sponsor ? roleName(v.sponsor) : maybe(undefined, 'not set');
  const version = v.version ? `<span${src(v.version.line)}>${esc(v.version.text)}</span>` : maybe(undefined);
  const r = v.review;
  const rhythm =
    r.state === 'missing'
      ? ''
      : `<span class="rhythm"${src(r.line)}>${esc(r.cadence ?? '?')}, last ${r.last ? `<span${src(r.last.line)}>${esc(r.last.text)}</span>` : '?'}</span> `;
  return `<header class="hero"${src(v.title?.line)}>
<div class="eyebrow">${org} <span class="sep">·</span> Social business strategy</div>
${title}
<div class="meta">
<div class="meta-item"><span class="meta-label">Sponsor</span>${sponsor}</div>
<div class="meta-item"><span class="meta-label">Version</span>${version}</div>
<div class="meta-item"><span class="meta-label">Strategy review</span>${rhythm}${reviewChip(r, r.last?.line)}</div>
</div>
${renderKpis(v)}
</header>`;
}

function renderKpis(v: StrategyView): string {
  const s = v.stats;
  const counts = countSeverities(v.problems.map((p) => p.severity));
  const tile = (value: string, label: string, note: string, tone: string) =>
    `<div class="kpi kpi-${tone}"><div class="kpi-value">${esc(value)}</div><div class="kpi-label">${esc(label)}</div><div class="kpi-note">${esc(note)}</div></div>`;
  return `<div class="kpis">
${tile(`${s.conversationsHeld}/6`, 'Conversations held', s.conversationsHeld === 6 ? 'all six at the table' : `${6 - s.conversationsHeld} to convene`, s.conversationsHeld === 6 ? 'good' : 'warn')}
${tile(String(s.goals), 'Goals', `${s.goalsDone} done${s.goalsOverdue ? `, ${s.goalsOverdue} overdue` : ''}`, s.goalsOverdue ? 'bad' : 'neutral')}
${tile(String(s.applications), 'Applications', `on ${s.platforms} platform${s.platforms === 1 ? '' : 's'}`, 'neutral')}
${tile(`${s.exposed - s.uncovered}/${s.exposed}`, 'Exposed items covered', s.uncovered ? `${s.uncovered} uncovered` : 'liability register complete', s.uncovered ? 'bad' : 'good')}
${tile(String(s.liabilities), 'Liabilities', `${s.liabilitiesOpen} open`, s.liabilitiesOpen ? 'warn' : 'good')}
${tile(String(totalOf(counts)), 'Problems', describeCounts(counts), counts.errors ? 'bad' : counts.warnings ? 'warn' : 'good')}
</div>`;
}

/** The banner over a file that could not be read in full (or over the last good version of it). */
export function renderBanner(problems: readonly ProblemView[], stale: boolean, unreadable: boolean): string {
  if (!problems.length) return '';
  const title = stale
    ? 'The file has problems that stop it from being read; this is the last version that could be read.'
    : unreadable
      ? 'Nothing could be read from this file.'
      : 'The file could not be read in full; this shows what could be read.';
  const items = problems
    .slice(0, 10)
    .map((p) => `<li${src(p.line)}><span class="where">line ${p.line + 1}</span> ${esc(p.message)}</li>`)
    .join('\n');
  const more = problems.length > 10 ? `<li class="muted">and ${problems.length - 10} more</li>` : '';
  return `<div class="banner" role="alert">
<div class="banner-title">${chip(stale ? 'Stale' : 'Broken', 'bad')} ${esc(title)}</div>
<ul>
${items}${more}
</ul>
</div>`;
}
