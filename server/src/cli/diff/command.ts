/** `strategy diff`: what changed in the strategies between two revisions, or between two files. */
import * as fs from 'node:fs';
import { diffStrategies, type DiffSide } from '../../core/diff';
import { reason, STRATEGY_FILE } from '../files';
import type { Io } from '../io';
import type { DiffEntry } from './entry';
import { Git, GitError } from './git';
import { formatDiffJson } from './json';
import { formatDiffMarkdown } from './markdown';
import { parseDiffArgs, type DiffOptions } from './options';
import { reviewBase } from './sinceReview';
import { sideAt } from './sides';
import { revisionSource, worktreeSource, type FileSource } from './sources';
import { formatDiffText } from './text';

/** A failure to report on standard error with exit 2. */
class DiffFailure extends Error {}

export function runDiff(argv: readonly string[], io: Io): number {
  const options = parseDiffArgs(argv);
  let entries: DiffEntry[];
  try {
    entries = isTwoFiles(options) ? twoFiles(options) : revisions(options, io);
  } catch (e) {
    if (e instanceof GitError || e instanceof DiffFailure) {
      io.stderr(`strategy: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const format = options.format;
  io.stdout(format === 'json' ? formatDiffJson(entries) : format === 'md' ? formatDiffMarkdown(entries) : formatDiffText(entries));
  const records = entries.flatMap((e) => e.changes);
  if (options.failOn === 'change' && records.length > 0) return 1;
  if (options.failOn === 'regression' && records.some((r) => r.impact === 'regression')) return 1;
  return 0;
}

/** `strategy diff OLD NEW` where both name existing files (or both are named like strategy files). */
function isTwoFiles(o: DiffOptions): boolean {
  if (o.revisions.length !== 2 || o.paths.length || o.sinceReview) return false;
  const isFile = (p: string) => {
    try {
      return fs.statSync(p).isFile();
    } catch {
      return false;
    }
  };
  return o.revisions.every(isFile) || o.revisions.every((p) => STRATEGY_FILE.test(p));
}

function twoFiles(o: DiffOptions): DiffEntry[] {
  const [oldFile, newFile] = o.revisions;
  const source = worktreeSource();
  const side = (file: string) => {
    try {
      return sideAt(source, file, o.today);
    } catch (e) {
      throw new DiffFailure(`cannot read ${file}: ${reason(e)}`);
    }
  };
  const base = side(oldFile);
  const head = side(newFile);
  return [{ root: newFile, base: oldFile, head: newFile, changes: diffStrategies(base, head) }];
}

function revisions(o: DiffOptions, io: Io): DiffEntry[] {
  const git = new Git(io.cwd);
  git.ensureRepository();
  const paths = o.paths.length ? o.paths : ['.'];
  const [baseRev, headRev] = o.revisions;
  const head: FileSource = headRev === undefined ? worktreeSource() : revisionSource(git, resolve(git, headRev), headRev);
  const headFiles = head.find(paths);
  if (o.sinceReview) {
    if (headFiles.missing.length) throw new DiffFailure(`${headFiles.missing.join(', ')}: no such file or folder`);
    return sinceReview(git, head, headFiles.files, o);
  }
  const base = revisionSource(git, resolve(git, baseRev ?? 'HEAD'), baseRev ?? 'HEAD');
  const baseFiles = base.find(paths);
  const gone = paths.filter((p) => baseFiles.missing.includes(p) && headFiles.missing.includes(p));
  if (gone.length) throw new DiffFailure(`${gone.join(', ')}: no such file or folder at ${base.label} or ${head.label}`);
  const roots = [...new Set([...baseFiles.files, ...headFiles.files])].sort(comparePaths);
  return roots.map((root) => ({
    root, base: base.label, head: head.label,
    changes: diffStrategies(
      baseFiles.files.includes(root) ? read(base, root, o) : undefined,
      headFiles.files.includes(root) ? read(head, root, o) : undefined,
    ),
  }));
}

/** Each strategy against the last commit before the day after its own `review.last`. */
function sinceReview(git: Git, head: FileSource, roots: readonly string[], o: DiffOptions): DiffEntry[] {
  const history = git.firstParentLog(git.resolve('HEAD'));
  return roots.map((root) => {
    const side = read(head, root, o);
    const commit = reviewBase(history, side.model.header.review?.last?.text, o.today);
    const base = commit === undefined ? undefined : revisionSource(git, commit, commit);
    const baseSide = base && base.find([root]).files.includes(root) ? read(base, root, o) : undefined;
    return { root, base: commit ?? null, head: head.label, changes: diffStrategies(baseSide, side) };
  });
}

/** A revision's commit; an unknown revision that names a path gets a hint (paths go after --). */
function resolve(git: Git, revision: string): string {
  try {
    return git.resolve(revision);
  } catch (e) {
    if (e instanceof GitError && fs.existsSync(revision)) {
      throw new DiffFailure(`unknown revision "${revision}"; to compare the strategies under a path, put it after --: strategy diff -- ${revision}`);
    }
    throw e;
  }
}

function read(source: FileSource, root: string, o: DiffOptions): DiffSide {
  try {
    return sideAt(source, root, o.today);
  } catch (e) {
    if (e instanceof GitError) throw e;
    throw new DiffFailure(`cannot read ${root}: ${reason(e)}`);
  }
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
