/** The side of a one-file strategy; a composed strategy builds its DiffSide from its own files. */
import type { Analysis } from '../analyze';
import type { DiffSide } from './types';

/**
 * `analysis` must come from `analyze(text, name, { today, ignoreSuppressions: true })` with no
 * severity overrides: problems compare at default severities and before suppressions.
 */
export function oneFileSide(name: string, analysis: Analysis): DiffSide {
  return {
    files: [{ name, path: baseName(name), analysis }],
    model: analysis.model,
    problems: analysis.problems.map((problem) => ({ file: 0, problem })),
    fileOf: () => 0,
  };
}

/** The last segment of a `/` or `\` separated path. */
export function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] ?? name;
}
