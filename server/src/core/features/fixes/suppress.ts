/**
 * The fix every diagnostic has: `# strategy-disable-next-line CODE` above its line, with the line's
 * indentation (added to a directive already there), or `# strategy-disable CODE` at the top of the
 * file for a diagnostic at line 0. No comment goes where it would not be one: inside a scalar that
 * spans lines (it would become part of the text or end the scalar), found by fuzzing.
 */
import type { TreeNode } from '../../parse/tree';
import type { Problem } from '../../types';
import type { Fix } from './context';
import { eolOf, lineEndOf, lineStartOf } from './text';

const DIRECTIVE = /^([ \t]*#\s*strategy-(disable-next-line|disable))(?=\s|$)(.*)$/;

export function suppressionFix(text: string, p: Problem, root: TreeNode | null = null): Fix | undefined {
  if (p.code === 'file-too-large') return undefined; // nothing is read from such a file, comments included
  const start = lineStartOf(text, p.span.start);
  if (start > 0 && scalarAcross(root, start)) return undefined;
  if (start === 0) {
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const first = text.slice(bom, lineEndOf(text, 0));
    const extended = extend(first, 'disable', p.code, bom);
    return {
      title: `Disable ${p.code} for the whole file`,
      edits: [extended ?? { span: { start: bom, end: bom }, newText: `# strategy-disable ${p.code}${eolOf(text)}` }],
    };
  }
  const prevStart = lineStartOf(text, start - 1);
  const prev = text.slice(prevStart, lineEndOf(text, prevStart));
  const m = DIRECTIVE.exec(prev);
  if (m && m[2] === 'disable-next-line' && !hasCodes(m[3])) return undefined; // covers every code already
  const extended = m && m[2] === 'disable-next-line' ? extend(prev, 'disable-next-line', p.code, prevStart) : undefined;
  const indent = /^[ \t]*/.exec(text.slice(start))![0];
  return {
    title: `Disable ${p.code} for this line`,
    edits: [
      extended ?? {
        span: { start, end: start },
        newText: `${indent}# strategy-disable-next-line ${p.code}${eolOf(text)}`,
      },
    ],
  };
}

function hasCodes(rest: string): boolean {
  return rest.split(/\s--\s/)[0].trim() !== '';
}

/** Adds `, CODE` to a directive line of that kind that already lists codes. */
function extend(line: string, kind: string, code: string, lineOffset: number) {
  const m = DIRECTIVE.exec(line);
  if (!m || m[2] !== kind || !hasCodes(m[3])) return undefined;
  const codesEnd = m[1].length + m[3].split(/\s--\s/)[0].trimEnd().length;
  return { span: { start: lineOffset + codesEnd, end: lineOffset + codesEnd }, newText: `, ${code}` };
}

/** Whether a scalar of the tree runs across this offset (starts before it and ends after it). */
function scalarAcross(root: TreeNode | null, offset: number): boolean {
  const stack: (TreeNode | null)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node || node.span.end <= offset || node.span.start >= offset) continue;
    if (node.kind === 'scalar') return true;
    if (node.kind === 'seq') for (const item of node.items) stack.push(item);
    else for (const e of node.entries) stack.push(e.value);
  }
  return false;
}
