/** One side of a diff: a one-file strategy's analysis, or a composed strategy's files and model. */
import type { Analysis } from '../analyze';
import type { ComposedStrategy } from '../compose';
import type { DiffSide, SideFile } from './types';

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

/**
 * A composed strategy as a side: its files in composition order (the root first), each named by
 * `nameOf(realPath)` (as records name files), the composed model (whose spans name their file) and each
 * file's problems. The composer must have had `{ today, ignoreSuppressions: true }` and no severity
 * overrides, as for oneFileSide.
 */
export function composedSide(strategy: ComposedStrategy, nameOf: (realPath: string) => string): DiffSide {
  const reals = [...strategy.files.keys()];
  const index = new Map(reals.map((real, i) => [real, i]));
  const files: SideFile[] = reals.map((real) => ({
    name: nameOf(real),
    path: strategy.labels.get(real) ?? baseName(real),
    analysis: strategy.files.get(real)!,
  }));
  return {
    files,
    model: strategy.model,
    problems: files.flatMap((f, file) => f.analysis.problems.map((problem) => ({ file, problem }))),
    fileOf: (span) => index.get(span.file ?? strategy.root) ?? 0,
  };
}

/** The last segment of a `/` or `\` separated path. */
export function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] ?? name;
}
