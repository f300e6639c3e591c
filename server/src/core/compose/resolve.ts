/** Which files a root takes (its `include`), and which root a part belongs to (its `part-of`). */
import type { StrategyHost } from '../host';
import type { Value } from '../model/types';
import type { Span } from '../types';
import type { FileAnalysed, FileAnalyses } from './fileCache';
import { globFiles, isGlob } from './glob';
import { basename, dirname, isAbsolutePath, joinPath, relativePath, STRATEGY_FILE_NAME } from './paths';

export interface Unresolved {
  span: Span;
  message: string;
  data?: Record<string, unknown>;
}

export interface Resolution {
  /** The parts the root takes, in include order, by real path. */
  parts: FileAnalysed[];
  unresolved: Unresolved[];
}

/** Resolves a root's include entries: each file once, at its first place; each entry's failures by matched path. */
export function resolveIncludes(
  host: StrategyHost,
  cache: FileAnalyses,
  root: string,
  entries: readonly Value[],
): Resolution {
  const folder = dirname(root);
  const seen = new Set<string>([root]);
  const parts: FileAnalysed[] = [];
  const unresolved: Unresolved[] = [];
  for (const entry of entries) {
    const text = entry.text;
    const fail = (message: string, data?: Record<string, unknown>) =>
      unresolved.push({ span: entry.span, message, data: { entry: text, ...data } });
    if (isAbsolutePath(text)) {
      fail(`The include entry ${q(text)} is an absolute path; write it relative to this file's folder.`);
      continue;
    }
    let candidates: string[];
    if (isGlob(text)) {
      candidates = globFiles(host, folder, text).filter((f) => f !== root);
      if (!candidates.length) {
        fail(`The include entry ${q(text)} matches no strategy file; fix the pattern or remove the entry.`);
        continue;
      }
    } else {
      const path = joinPath(folder, text);
      if (!STRATEGY_FILE_NAME.test(basename(path))) {
        fail(
          `The include entry ${q(text)} names no *.strategy.yaml or *.strategy.yml file; include only parts of this strategy.`,
        );
        continue;
      }
      const real = host.realpath(path);
      if (real === undefined) {
        fail(`The included file ${q(text)} does not exist; fix the path or remove the entry.`);
        continue;
      }
      if (real === root) {
        fail(`The include entry ${q(text)} names this file itself; include only its parts.`);
        continue;
      }
      candidates = [real];
    }
    for (const file of candidates) {
      if (seen.has(file)) continue;
      seen.add(file);
      const name = relativePath(folder, file);
      const read = cache.read(host, file);
      if ('error' in read) {
        fail(`The included file ${q(name)} cannot be read (${read.error}); fix the path or remove the entry.`, {
          file: name,
        });
        continue;
      }
      const why = notAPartOf(host, read, root);
      if (why) fail(`The included file ${q(name)} ${why}`, { file: name });
      else parts.push(read);
    }
  }
  return { parts, unresolved };
}

/** Why a file read for a root is not a part of it, or undefined when it is. */
function notAPartOf(host: StrategyHost, read: FileAnalysed, root: string): string | undefined {
  const a = read.analysis;
  if (a.unchecked) return 'cannot be checked (see its own problem), so it adds nothing; fix it or remove the entry.';
  const partOf = a.model.partOf;
  if (!partOf) {
    const rootName = relativePath(dirname(read.file), root);
    return a.model.header.strategy
      ? `is a strategy of its own, not a part of this one; remove the entry, or turn it into a part with "part-of: ${rootName}".`
      : `has no part-of; add "part-of: ${rootName}" to it or remove the entry.`;
  }
  const target = partOfTarget(host, read.file, partOf.value);
  if (target !== root) {
    return `belongs to ${partOf.value ? q(partOf.value.text) : 'no root (its part-of is empty)'}, not to this file; fix its part-of or remove the entry.`;
  }
  return undefined;
}

/** The real path a part's `part-of` names, or undefined (empty, absolute, or no such file). */
export function partOfTarget(host: StrategyHost, part: string, value: Value | undefined): string | undefined {
  if (!value || !value.text || isAbsolutePath(value.text)) return undefined;
  return host.realpath(joinPath(dirname(part), value.text));
}

function q(s: string): string {
  return JSON.stringify(s);
}
