/** `role` records: declared roles added, removed, or with a changed title, function or description. */
import { draft, type Draft, type Sides } from './draft';
import { fieldChanges } from './fields';

export function roleChanges({ base, head }: Sides): Draft[] {
  const out: Draft[] = [];
  for (const [id, b] of base.roles) {
    const h = head.roles.get(id);
    if (!h) out.push(draft({ kind: 'role', id, change: 'removed', base: b.loc, label: b.fields.get('title')?.text }));
    else out.push(...fieldChanges('role', b, h));
  }
  for (const [id, h] of head.roles) {
    if (!base.roles.has(id))
      out.push(draft({ kind: 'role', id, change: 'added', head: h.loc, label: h.fields.get('title')?.text }));
  }
  return out;
}
