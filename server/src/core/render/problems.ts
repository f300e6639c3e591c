/** The problems summary: counts by severity, then each problem with its line, grouped by severity. */
import { SEVERITIES, type Severity } from '../types';
import { cls, esc, section, src } from './html';
import type { ProblemView, StrategyView } from './viewTypes';

export const SEVERITY_ORDER: readonly Severity[] = SEVERITIES;
export const SEVERITY_TITLES: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings',
  information: 'Information',
  hint: 'Hints',
};

export function renderProblems(v: StrategyView): string {
  if (!v.problems.length) {
    return section(
      'problems',
      'Problems',
      `Checked against ${v.today}.`,
      '<p class="callout callout-good">No problems: the strategy passes every check.</p>',
    );
  }
  const counts = SEVERITY_ORDER.map((s) => {
    const n = v.problems.filter((p) => p.severity === s).length;
    return `<div${cls('count-tile', `sev-${s}`, n === 0 && 'zero')}><span class="count-value">${n}</span><span class="count-label">${esc(SEVERITY_TITLES[s])}</span></div>`;
  }).join('');
  const groups = SEVERITY_ORDER.map((s) => {
    const list = v.problems.filter((p) => p.severity === s);
    if (!list.length) return '';
    return `<div class="problem-group"><h3 class="sub">${esc(SEVERITY_TITLES[s])}</h3><ul class="problem-list">\n${list.map(problem).join('\n')}\n</ul></div>`;
  }).join('\n');
  return section(
    'problems',
    'Problems',
    `What strategy check reports for this file, checked against ${v.today}.`,
    `<div class="counts">${counts}</div>\n${groups}`,
  );
}

function problem(p: ProblemView): string {
  return `<li${cls('problem', `sev-${p.severity}`)}${src(p.line)}><span class="where">line ${p.line + 1}</span><span class="code">${esc(p.code)}</span><span class="message">${esc(p.message)}</span></li>`;
}
