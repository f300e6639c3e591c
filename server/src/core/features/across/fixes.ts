/**
 * Quick fixes whose edit lands in another file of the strategy, each a minimal text edit in that
 * file (comments and formatting stay):
 * - uncovered-liability: add the application or platform to the `covers` of a liability written in
 *   another file (the liability's file is edited);
 * - orphan-part: add the part to the `include` of the root its `part-of` names;
 * - unresolved-include of a file that has no `part-of`: add `part-of` (naming this root) to that file.
 */
import type { Analysis } from '../../analyze';
import type { ComposedStrategy } from '../../compose';
import { dirname, joinPath, relativePath } from '../../compose/paths';
import { allItems } from '../../model/catalogue';
import { entry } from '../../parse/tree';
import { yamlString } from '../../template';
import type { Problem } from '../../types';
import type { TextEdit } from '../types';
import { FixContext } from '../fixes/context';
import { appendItem, fillEmpty, insertFirstKey, insertKeyLines } from '../fixes/structure';
import { addStub, addToCovers, stubTitle } from '../fixes/uncoveredLiability';
import type { FileEdit } from './navigation';

export interface FixAcross {
  title: string;
  edits: FileEdit[];
}

/** A file the adapter read for a fix (a root that does not take a part, a file that has no part-of): its real path and analysis. */
export type ReadFile = (file: string) => { file: string; analysis: Analysis } | undefined;

export interface FixesAcross {
  /** Fixes whose edits land in other files; `problem` indexes the problems given. */
  fixes: (FixAcross & { problem: number })[];
  /** In-file fix titles to leave out: they would write here what belongs in another file. */
  dropTitles: Set<string>;
}

/** The cross-file fixes of the problems of `file` (those at the cursor), in the problems' order. */
export function fixesAcross(
  s: ComposedStrategy,
  file: string,
  problems: readonly Problem[],
  read: ReadFile,
): FixesAcross {
  const out: FixesAcross = { fixes: [], dropTitles: new Set() };
  const own = s.files.get(file);
  problems.forEach((p, problem) => {
    const add = (f: FixAcross | undefined) => f && out.fixes.push({ ...f, problem });
    if (p.code === 'uncovered-liability') {
      for (const f of coversFixesAcross(s, file, p)) add(f);
      const stub = stubElsewhere(s, file, p);
      if (stub) {
        out.dropTitles.add(stub.title);
        add(stub);
      }
    } else if (p.code === 'orphan-part' && own?.model.partOf?.value) {
      const root = read(joinPath(dirname(file), own.model.partOf.value.text));
      if (root) add(includeFix(root.analysis, root.file, file));
    } else if (p.code === 'unresolved-include' && typeof p.data?.file === 'string') {
      const part = read(joinPath(dirname(file), p.data.file));
      if (part) add(partOfFix(part.analysis, part.file, file));
    }
  });
  return out;
}

/** The liability stub for an uncovered item, written in the file that holds social-liability when that is another file. */
function stubElsewhere(s: ComposedStrategy, file: string, p: Problem): FixAcross | undefined {
  const c = s.model.conversations.find((x) => x.id === 'social-liability');
  const where = c && (c.keySpan.file ?? s.root);
  const a = where === undefined ? undefined : s.files.get(where);
  if (!a || where === file || where === undefined) return undefined;
  const id = p.data?.id ?? s.files.get(file)?.text.slice(p.span.start, p.span.end);
  if (typeof id !== 'string' || !ID.test(id)) return undefined;
  const item = allItems(s.model).find((i) => i.id?.text === id && (i.kind === 'application' || i.kind === 'platform'));
  const edits = addStub(new FixContext(a), id, item);
  return edits && { title: stubTitle(id), edits: inFile(where, edits) };
}

const ID = /^[a-z][a-z0-9-]*$/;

/** uncovered-liability in `file`: one fix per liability of another file of the strategy. */
export function coversFixesAcross(s: ComposedStrategy, file: string, p: Problem): FixAcross[] {
  const id = p.data?.id ?? s.files.get(file)?.text.slice(p.span.start, p.span.end);
  if (typeof id !== 'string' || !ID.test(id)) return [];
  const out: FixAcross[] = [];
  for (const l of allItems(s.model)) {
    if (l.kind !== 'liability' || !l.id) continue;
    const where = l.span.file ?? s.root;
    const a = s.files.get(where);
    if (where === file || !a) continue;
    const edits = addToCovers(new FixContext(a), l, id);
    if (edits)
      out.push({
        title: `Add ${id} to the covers of liability ${l.id.text} in ${s.labels.get(where) ?? where}`,
        edits: inFile(where, edits),
      });
  }
  return out;
}

/** The `include` entry that would take `part` into `root` (a one-file strategy, or a root): undefined when it cannot be added. */
export function includeFix(root: Analysis, rootFile: string, part: string): FixAcross | undefined {
  if (root.unchecked || root.model.partOf) return undefined;
  const name = relativePath(dirname(rootFile), part);
  const fx = new FixContext(root);
  const map = fx.blockRoot();
  if (!map) return undefined;
  const include = entry(map, 'include');
  let edits: TextEdit[] | undefined;
  if (!include) {
    // Before `conversations` when there is one (a root lists its parts near the top), else at the end.
    const at = map.entries.findIndex((e) => e.key === 'conversations');
    const lines = ['include:', `  - ${pathScalar(name)}`];
    const one = at > 0 ? insertKeyLines(fx.text, map, lines, map.entries[at - 1]) : insertKeyLines(fx.text, map, lines);
    edits = one && [one];
  } else if (include.value === null) edits = fillEmpty(fx.text, include, { inline: `[${pathScalar(name)}]` });
  else if (include.value.kind === 'seq') {
    const one = appendItem(fx.text, include.value, [pathScalar(name)]);
    edits = one && [one];
  }
  return (
    edits && {
      title: `Add ${name} to the include of ${relativePath(dirname(part), rootFile)}`,
      edits: inFile(rootFile, edits),
    }
  );
}

/** `part-of` naming `rootFile`, added to `partFile`, a file included by the root that has none. */
export function partOfFix(part: Analysis, partFile: string, rootFile: string): FixAcross | undefined {
  if (part.unchecked || part.model.partOf || part.model.header.strategy) return undefined;
  const name = relativePath(dirname(partFile), rootFile);
  const line = `part-of: ${pathScalar(name)}`;
  const fx = new FixContext(part);
  const map = fx.blockRoot();
  const edit = map
    ? insertFirstKey(fx.text, map, line)
    : fx.text.trim() === ''
      ? { span: { start: 0, end: 0 }, newText: `${line}\n` }
      : undefined;
  if (!edit) return undefined;
  return { title: `Add "${line}" to ${relativePath(dirname(rootFile), partFile)}`, edits: inFile(partFile, [edit]) };
}

/** A path as a YAML scalar: plain when it is made of path characters only (`../root.strategy.yaml`), else quoted. */
function pathScalar(p: string): string {
  return /^[A-Za-z0-9._/-]+$/.test(p) && !p.startsWith('-') ? p : yamlString(p);
}

function inFile(file: string, edits: readonly TextEdit[]): FileEdit[] {
  return edits.map((e) => ({ span: { ...e.span, file }, newText: e.newText }));
}
