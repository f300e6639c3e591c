/** Who sits at which table: roles x the six conversations (owner / participant). */
import { CONVERSATION_IDS, CONVERSATIONS } from '../catalog';
import { escapeAttr } from './escape';
import { chip, cls, esc, roleName, section, src, symbol, tableWrap } from './html';
import type { StrategyView } from './viewTypes';

export function renderRolesMatrix(v: StrategyView): string {
  const head = CONVERSATION_IDS.map((id) => {
    const c = v.conversations.find((x) => x.id === id)!;
    return `<th scope="col"${cls('conv-col', !c.present && 'absent')}${src(c.line, id)}>${esc(CONVERSATIONS[id].title)}</th>`;
  }).join('');
  const rows = v.roles.map((r) => {
    const cells = CONVERSATION_IDS.map((id) => {
      const s = r.seats[id];
      if (!s) return '<td class="seat-none"></td>';
      const mark =
        s.seat === 'owner'
          ? '<span class="seat-mark owner">Owner</span>'
          : symbol('●', 'takes part', 'seat-mark participant');
      return `<td class="seat-${s.seat}"${src(s.line)} title="${esc(s.seat)}">${mark}</td>`;
    }).join('');
    const tags = (r.sponsor ? chip('sponsor', 'accent') : '') + (r.declared ? chip('declared', 'neutral') : '');
    const seats = Object.keys(r.seats).length;
    return `<tr${cls(!r.role.title && 'unknown', seats === 0 && 'unseated')}${src(r.role.line, r.role.id)}><th scope="row"${r.description === undefined ? '' : ` title="${escapeAttr(r.description)}"`}>${roleName(r.role)}${tags}${r.description === undefined ? '' : `<div class="role-desc">${esc(r.description)}</div>`}</th>${cells}</tr>`;
  });
  const body = v.roles.length
    ? `${tableWrap(
        'Roles by conversation',
        `<table class="matrix roles-matrix">
<thead><tr><th scope="col">Role</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`,
      )}
<p class="legend"><span class="seat-mark owner">Owner</span> owns the conversation <span class="seat-mark participant" aria-hidden="true">●</span> takes part</p>`
    : '<p class="empty">Nobody is seated at any conversation yet.</p>';
  return section('roles', 'Who sits at which table', 'Roles and the conversations they own or take part in.', body);
}
