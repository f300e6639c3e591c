/** Liability coverage: exposed applications and platforms x liabilities; uncovered rows stand out. */
import { CONVERSATIONS } from '../catalog';
import { chip, cls, esc, liabilityStatusChip, section, src } from './html';
import type { CoverageRow, StrategyView } from './viewTypes';

export function renderCoverageMatrix(v: StrategyView): string {
  const lead = 'An application is exposed when its audience is external or partners or it holds sensitive data; a platform when it is hosted externally or free. Each must be covered by a liability, directly or through its platform.';
  if (!v.coverage.length) {
    return section('coverage', 'Liability coverage', lead, '<p class="empty">No application or platform is exposed.</p>');
  }
  const liabilities = v.liabilities.filter((l) => l.id !== undefined);
  const head = liabilities
    .map((l, i) => `<th scope="col" class="liability-col"${src(l.line, l.id)} title="${esc(l.title ?? l.id!)}"><span class="col-num">L${i + 1}</span><span class="col-title">${esc(l.title ?? l.id!)}</span>${liabilityStatusChip(l.status)}</th>`)
    .join('');
  const rows = v.coverage.map((r) => row(r, liabilities.map((l) => l.id!))).join('\n');
  const uncovered = v.coverage.filter((r) => !r.covered).length;
  const summary = uncovered
    ? `<p class="callout callout-bad">${uncovered} exposed item${uncovered === 1 ? ' is' : 's are'} covered by no liability: add ${uncovered === 1 ? 'it' : 'them'} to a liability's <code>covers</code>.</p>`
    : '<p class="callout callout-good">Every exposed application and platform is covered by a liability.</p>';
  const body = `${summary}<div class="table-wrap"><table class="matrix coverage-matrix">
<thead><tr><th scope="col">Exposed item</th>${head}<th scope="col">Coverage</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
<p class="legend"><span class="cover-mark direct">✓</span> covered directly <span class="cover-mark platform">✓</span> covered through its platform</p>`;
  return section('coverage', 'Liability coverage', lead, body);
}

function row(r: CoverageRow, liabilityIds: string[]): string {
  const cells = liabilityIds
    .map((id) => {
      const how = r.cells[id];
      if (!how) return '<td class="cover-none"></td>';
      const title = how === 'direct' ? 'covered directly' : 'covered through its platform';
      return `<td class="cover-${how}" title="${esc(title)}"><span class="cover-mark ${how}">✓</span></td>`;
    })
    .join('');
  const count = Object.keys(r.cells).length;
  const status = r.covered ? chip(`covered ×${count}`, 'good') : chip('uncovered', 'bad');
  return `<tr${cls(r.kind, r.covered ? 'covered' : 'uncovered')}${src(r.line, r.id)}>
<th scope="row"><div class="item-name">${esc(r.name ?? r.id ?? 'unnamed')}</div><div class="row-meta"><span class="kind">${r.kind}</span> · ${esc(CONVERSATIONS[r.conversation].title)} · ${esc(r.reasons.join(', '))}</div></th>${cells}<td class="cover-status">${status}</td></tr>`;
}
