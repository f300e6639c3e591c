/**
 * Paths at a revision, read with the Git extension's `show` (`git show REV:PATH`), for the server's
 * compare of a strategy across files: a file gives its text, a folder its entries (git prints
 * `tree REV:PATH`, a blank line, then one name a line, a folder's ending in `/`), a path the
 * revision does not have is refused. Reading git's answer is all this does: the server decides what
 * to ask for and composes. No VS Code at run time: `show` is given.
 */
import type { CompareBase } from '../../../server/src/protocol';

export type PathsAt = Required<Pick<CompareBase, 'files' | 'folders' | 'absent'>>;

/** Reads each path (relative to the repository's root, `''` for the root) at `ref`. */
export async function readPaths(
  show: (path: string) => Promise<string>,
  ref: string,
  paths: readonly string[],
): Promise<PathsAt> {
  const out: PathsAt = { files: [], folders: [], absent: [] };
  const answers = await Promise.all(
    paths.map((p) =>
      show(p).then(
        (text) => ({ text }),
        () => undefined,
      ),
    ),
  );
  paths.forEach((path, i) => {
    const answer = answers[i];
    if (!answer) return void out.absent.push(path);
    const entries = folderEntries(answer.text, ref);
    if (entries) out.folders.push({ path, entries });
    else out.files.push({ path, text: answer.text });
  });
  return out;
}

/** The entries of a folder as `git show REV:PATH` prints it, or undefined when the text is a file's. */
export function folderEntries(text: string, ref: string): string[] | undefined {
  if (!text.startsWith(`tree ${ref}:`)) return undefined;
  const body = text.indexOf('\n\n');
  if (body < 0 || text.lastIndexOf('\n', body - 1) >= 0) return undefined; // the heading is one line
  return text
    .slice(body + 2)
    .split('\n')
    .filter((name) => name !== '');
}
