/** A strategy's DiffSide from a file source: the root's analysis at default severities, before suppressions. */
import { analyze } from '../../core';
import { oneFileSide, type DiffSide } from '../../core/diff';
import type { FileSource } from './sources';

export function sideAt(source: FileSource, root: string, today: string): DiffSide {
  return oneFileSide(root, analyze(source.read(root), root, { today, ignoreSuppressions: true }));
}
