/** Liability coverage: exposed applications and platforms x liabilities; uncovered rows stand out. */
import { CONVERSATIONS } from '../catalog';
import { chip, cls, esc, liabilityStatusChip, section, src, symbol, tableWrap } from './html';
import type { CoverageRow, StrategyView } from './viewTypes';

export function renderCoverageMatrix(v: StrategyView): string {
  const lead =
    'An application is exposed when its audience is external or partners or it holds sensitive data; a platform when it is hosted externally or free. Each must be covered by a liability, directly or through its platform.';
  if (!v.coverage.length) {
    return section(
      'coverage',
      'Liability coverage',
      lead,
      '<p class="empty">No application or platform is exposed.</p>',
    );
  }
  const seen = new Set<string>();
  const liabilities = v.liabilities.filter((l) => l.id !== undefined && !seen.has(l.id) && seen.add(l.id));
  const uncovered = v.coverage.filter((r) => !r.covered).length;
  const summary = uncovered
    ? `<p class="callout callout-bad">${uncovered} exposed item${uncovered === 1 ? ' is' : 's are'} covered by no liability: add ${uncovered === 1 ? 'it' : 'them'} to a liability's <code>covers</code>.</p>`
    : '<p class="callout callout-good">Every exposed application and platform is covered by a liability.</p>';
  if (liabilities.length > MATRIX_MAX_COLUMNS)
    return section('coverage', 'Liability coverage', lead, summary + compactTable(v, liabilities));
  const head = liabilities
    .map(
      (l, i) =>
        `<th scope="col" class="liability-col"${src(l.line, l.id)} title="${esc(l.title ?? l.id!)}"><span class="col-num">L${i + 1}</span><span class="col-title">${esc(l.title ?? l.id!)}</span>${liabilityStatusChip(l.status)}</th>`,
    )
    .join('');
  const rows = v.coverage
    .map((r) =>
      row(
        r,
        liabilities.map((l) => l.id!),
      ),
    )
    .join('\n');
  const body = `${summary}${tableWrap(
    'Liability coverage',
    `<table class="matrix coverage-matrix">
<thead><tr><th scope="col">Exposed item</th>${head}<th scope="col">Coverage</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  )}
<p class="legend"><span class="cover-mark direct" aria-hidden="true">✓</span> covered directly <span class="cover-mark platform" aria-hidden="true">✓</span> covered through its platform</p>`;
  return section('coverage', 'Liability coverage', lead, body);
}

/** Beyond this many liabilities a matrix is too wide to read (and grows as items x liabilities): list them per row. */
export const MATRIX_MAX_COLUMNS = 12;

function compactTable(v: StrategyView, liabilities: StrategyView['liabilities']): string {
  const rows = v.coverage
    .map((r) => {
      const by = liabilities
        .filter((l) => r.cells[l.id!])
        .map(
          (l) =>
            `<span class="ref" title="${esc(l.id!)}">${esc(l.title ?? l.id!)}${r.cells[l.id!] === 'platform' ? ' <span class="muted">(platform)</span>' : ''}</span>`,
        )
        .join(' ');
      return `<tr${cls(r.kind, r.covered ? 'covered' : 'uncovered')}${src(r.line, r.id)}>${rowHead(r)}<td><div class="covered-by">${by}</div></td><td class="cover-status">${status(r)}</td></tr>`;
    })
    .join('\n');
  return tableWrap(
    'Liability coverage',
    `<table class="coverage-matrix compact">
<thead><tr><th scope="col">Exposed item</th><th scope="col">Covered by</th><th scope="col">Coverage</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  );
}

function rowHead(r: CoverageRow): string {
  return `<th scope="row"><div class="item-name">${esc(r.name ?? r.id ?? 'unnamed')}</div><div class="row-meta"><span class="kind">${r.kind}</span> · ${esc(CONVERSATIONS[r.conversation].title)} · ${esc(r.reasons.join(', '))}</div></th>`;
}

function status(r: CoverageRow): string {
  return r.covered ? chip(`covered ×${Object.keys(r.cells).length}`, 'good') : chip('uncovered', 'bad');
}

function row(r: CoverageRow, liabilityIds: string[]): string {
  const cells = liabilityIds
    .map((id) => {
      const how = r.cells[id];
      if (!how) return '<td class="cover-none"></td>';
      const title = how === 'direct' ? 'covered directly' : 'covered through its platform';
      return `<td class="cover-${how}" title="${esc(title)}">${symbol('✓', title, `cover-mark ${how}`)}</td>`;
    })
    .join('');
  return `<tr${cls(r.kind, r.covered ? 'covered' : 'uncovered')}${src(r.line, r.id)}>
${rowHead(r)}${cells}<td class="cover-status">${status(r)}</td></tr>`;
}
