/**
 * Problems identified by their code and the ids on the path to their node, never by line (spec: a
 * `problem` record's id is `CODE PATH[ DETAIL]`).
 */
import { isConversationId, type ConversationId } from '../catalog';
import { treeOf, type Analysis } from '../analyze';
import { nodeAt, type TreeNode } from '../parse/tree';
import { lineZero } from '../problems';
import type { Problem, RuleCode, Severity } from '../types';
import { pathAt, type Segment } from './treePath';
import type { DiffSide, Loc, SideFile } from './types';

export interface ProblemFact {
  code: RuleCode;
  severity: Severity;
  message: string;
  loc: Loc;
  /** The conversation the path starts with. */
  conversation?: ConversationId;
  /** The item on the path (goal, application, platform, liability), by id. */
  item?: string;
  /** The path's other ids: a role id, or the entry of `participants` or `covers`. */
  tail?: string;
  detail: string;
  /** A YAML syntax error. */
  syntax: boolean;
}

const ITEM_LISTS = new Set(['goals', 'applications', 'platforms', 'liabilities']);

export function problemFacts(side: DiffSide): ProblemFact[] {
  return side.problems.map(({ file, problem }) => problemFact(side.files[file] ?? side.files[0], problem));
}

/** `CODE PATH[ DETAIL]`, PATH the ids joined by `/`; `conversation` replaces the path's own (a moved item's problem). */
export function problemId(p: ProblemFact, conversation = p.conversation): string {
  const path = [conversation, p.item, p.tail].filter((x) => x !== undefined).join('/');
  return [p.code, path, p.detail].filter((x) => x !== '').join(' ');
}

export function problemFact(file: SideFile, p: Problem): ProblemFact {
  const a = file.analysis;
  const line = a.lines ? a.lines.position(p.span.start).line : 0;
  const base = { code: p.code, severity: p.severity, message: p.message, loc: { file: file.name, line } };
  if (p.code === 'schema' && isSyntaxError(a, p)) return { ...base, detail: 'yaml', syntax: true };
  if (p.code === 'file-too-large' || p.code === ('orphan-part' as RuleCode))
    return { ...base, detail: file.path, syntax: false };
  const extra = a.parsed?.extraDocument;
  if (p.code === 'schema' && extra && extra.start === p.span.start)
    return { ...base, detail: 'document', syntax: false };
  const tree = treeOf(a);
  const path = nodePath(a, tree, p);
  const fact: ProblemFact = { ...base, detail: '', syntax: false };
  let rest: Segment[] = path;
  if (path[0] === 'conversations' && typeof path[1] === 'string' && isConversationId(path[1])) {
    fact.conversation = path[1];
    rest = path.slice(2);
    if (typeof rest[0] === 'string' && ITEM_LISTS.has(rest[0]) && typeof rest[1] === 'number') {
      const id = scalarText(nodeAt(tree ?? null, [...path.slice(0, 4), 'id']));
      if (id !== undefined) {
        fact.item = id;
        rest = rest.slice(2);
      }
    }
    const listed = fact.item === undefined ? 'participants' : 'covers';
    if (p.code !== 'schema' && rest.length === 2 && rest[0] === listed && typeof rest[1] === 'number') {
      const entry = scalarText(nodeAt(tree ?? null, path));
      if (entry !== undefined) fact.tail = entry;
    }
  } else if (path[0] === 'roles' && typeof path[1] === 'string') {
    fact.tail = path[1];
    rest = path.slice(2);
  }
  fact.detail = detailOf(p, rest, tree, path);
  return fact;
}

function detailOf(p: Problem, rest: Segment[], tree: TreeNode | null | undefined, path: Segment[]): string {
  switch (p.code as string) {
    case 'schema':
      return keyPath(rest);
    case 'missing-conversation':
      return String(p.data?.conversation ?? '');
    case 'missing-participant':
      return String(p.data?.function ?? '');
    case 'unresolved-include':
      return scalarText(nodeAt(tree ?? null, path)) ?? '';
    default:
      return '';
  }
}

/** The path to the problem's node; for a missing key, the path of that key in the mapping that lacks it. */
function nodePath(a: Analysis, tree: TreeNode | null | undefined, p: Problem): Segment[] {
  const missing = p.code === 'schema' && typeof p.data?.missing === 'string' ? p.data.missing : undefined;
  if (missing !== undefined && p.span.start === 0 && p.span.end === lineZero(a.text).end) return [missing];
  const { path, atKey } = pathAt(tree, p.span.start);
  if (missing === undefined) return path;
  const last = path.length - 1;
  const ofMapping = (atKey && path[last] === missing) || typeof path[last - 1] === 'number' ? path.slice(0, -1) : path;
  return [...ofMapping, missing];
}

/** Keys joined by `.`, list positions as `[n]`: `review.cadence`, `data[1]`, `goals[0].owner`. */
export function keyPath(path: readonly Segment[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

function scalarText(node: TreeNode | null | undefined): string | undefined {
  return node && node.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

function isSyntaxError(a: Analysis, p: Problem): boolean {
  return (a.syntaxErrors ?? []).some((s) => s.start === p.span.start && s.end === p.span.end);
}
