// The promises every edit the editor offers (a quick fix, a rename) must keep, as checks that say
// what broke: the result parses no worse, keeps every comment, and a fix removes its diagnostic.
import assert from 'node:assert/strict';
import type { Analysis } from '../../server/src/core/analyze';
import type { Problem } from '../../server/src/core/types';
import type { TextEdit } from '../../server/src/core/features/types';
import { LineIndex } from '../../server/src/core/lines';
import { comments, keepsComments } from './features';

/**
 * Where an offset of the text before the edits lands in the text after them. Text inserted exactly
 * at the offset goes before it (a line inserted above a key pushes the key down); an offset inside a
 * replaced range lands at the start of its replacement (a replaced value starts where it did).
 */
export function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    if (e.span.start <= offset && offset < e.span.end) return e.span.start + shift;
    if (e.span.end <= offset) shift += e.newText.length - (e.span.end - e.span.start);
  }
  return offset + shift;
}

const isSyntax = (p: Problem) => p.code === 'schema' && p.message.startsWith('YAML syntax error');

/** Messages of `after` that `before` did not have as often (a multiset difference). */
export function added(before: readonly string[], after: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const m of before) left.set(m, (left.get(m) ?? 0) + 1);
  const out: string[] = [];
  for (const m of after) {
    const n = left.get(m) ?? 0;
    if (n > 0) left.set(m, n - 1);
    else out.push(m);
  }
  return out;
}

/**
 * The edited text parses no worse and keeps every comment: no YAML syntax error it did not have, no
 * more schema errors than before (a message may change: an error about the last item of a list stays
 * with the new last item), and every comment still there, in order.
 */
export function assertSafeEdit(what: string, before: Analysis, after: Analysis): void {
  const text = () => `\n--- before\n${before.text}\n--- after\n${after.text}`;
  const syntax = added(
    before.problems.filter(isSyntax).map((p) => p.message),
    after.problems.filter(isSyntax).map((p) => p.message),
  );
  assert.deepEqual(syntax, [], `${what} adds YAML syntax errors${text()}`);
  const schema = (a: Analysis) => a.problems.filter((p) => p.code === 'schema').length;
  assert.ok(
    schema(after) <= schema(before),
    `${what} adds schema errors (${schema(before)} -> ${schema(after)})${text()}`,
  );
  assert.ok(keepsComments(comments(before.text), comments(after.text)), `${what} loses or changes a comment${text()}`);
}

/**
 * A fix removed the diagnostic it claimed to fix: after it, fewer diagnostics have that code and
 * message, and none of them starts on the line where the fixed one's start landed (mapOffset). The
 * message names the thing (the conversation, role, item or function), so the five other
 * missing-conversation diagnostics on the same `conversations` key do not count against a fix for one.
 */
export function assertFixed(
  title: string,
  problem: Problem,
  edits: readonly TextEdit[],
  before: Analysis,
  after: Analysis,
): void {
  const same = (p: Problem) => p.code === problem.code && p.message === problem.message;
  const mapper = new LineIndex(after.text);
  const landed = mapper.position(mapOffset(problem.span.start, edits)).line;
  const still = after.problems.filter(same).filter((p) => mapper.position(p.span.start).line === landed);
  const show = `\n--- before\n${before.text}\n--- after\n${after.text}`;
  assert.deepEqual(
    still.map((p) => p.message),
    [],
    `"${title}" leaves ${problem.code} on line ${landed + 1}${show}`,
  );
  const count = (a: Analysis) => a.problems.filter(same).length;
  assert.ok(count(after) < count(before), `"${title}" leaves as many "${problem.message}" (${count(after)})${show}`);
}
