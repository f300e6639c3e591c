/**
 * The preview in compare mode (spec: "Changes between revisions", the editor): the head's page with a
 * "Changes since REV" section and its items marked `added`, `removed` (drawn from the base side,
 * struck through, where they were) and `changed` (before and after shown). Pure: the analyses and the
 * records come in, HTML goes out, every string from a file escaped.
 */
import type { Analysis } from '../../analyze';
import type { ChangeRecord } from '../../diff/types';
import { renderBody, type RenderBodyOptions } from '../page';
import { buildView } from '../view';
import { compareMarks } from './marks';

export { compareMarks, type CompareMarks, type ItemMark } from './marks';

export interface CompareRenderOptions extends RenderBodyOptions {
  /** The revision as the user picked it: `HEAD`, a branch, a tag, a short hash. */
  label: string;
  /** The change records from base to head (core/diff's diffStrategies). */
  records: readonly ChangeRecord[];
  /** The base revision's analysis (absent when the strategy did not exist there). */
  base?: Analysis;
}

/** The body of the preview in compare mode: what the live preview shows, marked, under the changes. */
export function renderCompareBody(head: Analysis, options: CompareRenderOptions): string {
  const base = options.base ? buildView(options.base, options.today) : undefined;
  return renderBody(head, {
    today: options.today,
    staleBecause: options.staleBecause,
    compare: { marks: compareMarks(options.label, options.records), base },
  });
}
