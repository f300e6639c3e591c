// Real git repositories in temp folders, with commits at set dates, for `strategy diff` tests.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** No user or system configuration: the same repository on every machine. */
const ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Strategy Tests',
  GIT_AUTHOR_EMAIL: 'tests@example.invalid',
  GIT_COMMITTER_NAME: 'Strategy Tests',
  GIT_COMMITTER_EMAIL: 'tests@example.invalid',
};

export function git(cwd: string, ...args: string[]): string {
  return gitWith(cwd, {}, ...args);
}

export function gitWith(cwd: string, env: Record<string, string>, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...ENV, ...env } });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

export class Repo {
  readonly dir: string;

  constructor(dir?: string) {
    this.dir = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-diff-'));
    git(this.dir, 'init', '--quiet', '--initial-branch=main');
  }

  /** Writes (or with null deletes) files, then commits them all with both dates set (ISO 8601, e.g. 2026-09-30T23:30:00Z). */
  commit(message: string, date: string, files: Record<string, string | null> = {}): string {
    this.write(files);
    git(this.dir, 'add', '--all');
    gitWith(
      this.dir,
      { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      message,
    );
    return git(this.dir, 'rev-parse', 'HEAD').trim();
  }

  /** Changes the working tree only. */
  write(files: Record<string, string | null>): void {
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(this.dir, name);
      if (text === null) fs.rmSync(file, { force: true });
      else {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text);
      }
    }
  }

  git(...args: string[]): string {
    return git(this.dir, ...args);
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
