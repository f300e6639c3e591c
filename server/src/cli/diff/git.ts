/**
 * The `git` executable, run with argument arrays (no shell): resolve revisions, list and read the files
 * of a revision, and the first-parent history. Failures become GitError with one line to show.
 */
import { spawnSync } from 'node:child_process';

export class GitError extends Error {}

export interface TreeFile {
  /** Relative to the folder git runs in, as `git ls-tree` prints it. */
  path: string;
  /** `100644`, `100755`, `120000` (a symbolic link)... */
  mode: string;
  /** `blob`, or `commit` for a submodule. */
  type: string;
}

export interface Commit {
  hash: string;
  /** Committer date, seconds since the epoch (UTC). */
  time: number;
}

export class Git {
  constructor(private readonly cwd: string) {}

  /** Throws GitError when the folder is in no repository. */
  ensureRepository(): void {
    const r = this.run(['rev-parse', '--show-toplevel']);
    if (!r.ok)
      throw new GitError(
        `not a git repository: ${this.cwd} (a revision needs one; to compare two files, give them as OLD NEW)`,
      );
  }

  /** The full commit hash of a revision; GitError when git does not know it. */
  resolve(revision: string): string {
    const r = this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
    if (!r.ok || !/^[0-9a-f]{40,64}$/.test(r.stdout.trim())) throw new GitError(`unknown revision "${revision}"`);
    return r.stdout.trim();
  }

  /** Every file below `paths` at a commit (recursive), relative to the current folder. */
  listFiles(commit: string, paths: readonly string[], fullTree = false): TreeFile[] {
    const r = this.run(['ls-tree', '-r', '-z', ...(fullTree ? ['--full-tree'] : []), commit, '--', ...paths]);
    if (!r.ok) throw new GitError(`cannot list the files of ${commit}: ${firstLine(r.stderr)}`);
    const out: TreeFile[] = [];
    for (const line of r.stdout.split('\0')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const [mode, type] = line.slice(0, tab).split(' ');
      out.push({ mode, type, path: line.slice(tab + 1) });
    }
    return out;
  }

  /** The current folder's path inside the repository (`git rev-parse --show-prefix`): empty at the top, else ending in `/`. */
  prefix(): string {
    const r = this.run(['rev-parse', '--show-prefix']);
    if (!r.ok) throw new GitError(`not a git repository: ${this.cwd}`);
    return r.stdout.trim();
  }

  /** Every file of a commit (`git ls-tree -r --full-tree`), paths relative to the repository's top. */
  listTree(commit: string): TreeFile[] {
    return this.listFiles(commit, [], true);
  }

  /** The text of a file at a commit, the path relative to the repository's top (`git show REV:PATH`). */
  showTop(commit: string, topPath: string): string {
    const r = this.run(['show', `${commit}:${topPath}`]);
    if (!r.ok) throw new GitError(`cannot read ${topPath} at ${commit}: ${firstLine(r.stderr)}`);
    return r.stdout;
  }

  /** The first-parent history of a commit, newest first. */
  firstParentLog(commit: string): Commit[] {
    const r = this.run(['log', '--first-parent', '--format=%H %ct', commit, '--']);
    if (!r.ok) throw new GitError(`cannot read the history of ${commit}: ${firstLine(r.stderr)}`);
    return r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [hash, time] = l.split(' ');
        return { hash, time: Number(time) };
      });
  }

  private run(args: string[]): { ok: boolean; stdout: string; stderr: string } {
    const r = spawnSync('git', args, { cwd: this.cwd, encoding: 'utf8', maxBuffer: 1 << 30, windowsHide: true });
    if (r.error) {
      const code = (r.error as NodeJS.ErrnoException).code;
      throw new GitError(
        code === 'ENOENT' ? 'git was not found on PATH (a revision needs it)' : `git failed: ${r.error.message}`,
      );
    }
    return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr };
  }
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
