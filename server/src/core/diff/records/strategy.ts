/** `strategy` records: the title, organization, version and sponsor; a whole strategy added or removed. */
import type { Snapshot } from '../snapshot';
import { draft, type Draft, type Sides } from './draft';
import { fieldChanges } from './fields';

export function strategyChanges({ base, head }: Sides): Draft[] {
  return fieldChanges('strategy', base.header, head.header);
}

/** A strategy whose root exists on one side only: one record, none for its items. */
export function wholeStrategy(change: 'added' | 'removed', side: Snapshot): Draft {
  const title = side.header.fields.get('strategy')?.text;
  return draft({
    kind: 'strategy',
    id: '',
    change,
    label: title,
    [change === 'added' ? 'head' : 'base']: side.header.loc,
  });
}
