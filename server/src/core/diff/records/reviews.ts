/**
 * `review` records: the strategy's review (id '') and each conversation's own, added, removed or with
 * a changed cadence or last date. A conversation added or removed gives no review records.
 */
import { draft, type Draft, type Sides } from './draft';
import { fieldChanges } from './fields';

export function reviewChanges({ base, head }: Sides): Draft[] {
  const out: Draft[] = [];
  const compared = (id: string) =>
    id === '' || (base.conversations.has(id as never) && head.conversations.has(id as never));
  for (const [id, b] of base.reviews) {
    if (!compared(id)) continue;
    const h = head.reviews.get(id);
    if (h) out.push(...fieldChanges('review', b, h));
    else out.push(draft({ kind: 'review', id, conversation: b.conversation, change: 'removed', base: b.loc }));
  }
  for (const [id, h] of head.reviews) {
    if (compared(id) && !base.reviews.has(id)) {
      out.push(
        draft({
          kind: 'review',
          id,
          conversation: h.conversation,
          change: 'added',
          head: h.loc,
          label: describe(h.fields),
        }),
      );
    }
  }
  return out;
}

function describe(fields: Map<string, { text: string }>): string {
  const cadence = fields.get('cadence')?.text;
  const last = fields.get('last')?.text;
  return [cadence, last && `last held ${last}`].filter(Boolean).join(', ');
}
