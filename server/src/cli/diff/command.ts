/** `strategy diff`: what changed in the strategies between two revisions, or between two files. */
import * as fs from 'node:fs';
import { diffStrategies } from '../../core/diff';
import { joinPath } from '../../core/compose';
import { STRATEGY_FILE } from '../files';
import { toCorePath } from '../host';
import type { Io } from '../io';
import type { DiffEntry } from './entry';
import { Git, GitError } from './git';
import { formatDiffJson } from './json';
import { formatDiffMarkdown } from './markdown';
import { parseDiffArgs, type DiffOptions } from './options';
import { reviewBase } from './sinceReview';
import { DiffFailure } from './failure';
import { SideStrategies, type SideStrategy } from './sides';
import { revisionSource, worktreeSource, type FileSource } from './sources';
import { formatDiffText } from './text';

export function runDiff(argv: readonly string[], io: Io): number {
  const options = parseDiffArgs(argv);
  let entries: DiffEntry[];
  try {
    const here = toCorePath(fs.realpathSync(io.cwd), io.cwd);
    entries = isTwoFiles(options) ? twoFiles(options, io, here) : revisions(options, io, here);
  } catch (e) {
    if (e instanceof GitError || e instanceof DiffFailure) {
      io.stderr(`strategy: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const format = options.format;
  io.stdout(
    format === 'json'
      ? formatDiffJson(entries)
      : format === 'md'
        ? formatDiffMarkdown(entries)
        : formatDiffText(entries),
  );
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

/** Each file's whole strategy, composed from the disk (a root with includes reads its parts). */
function twoFiles(o: DiffOptions, io: Io, here: string): DiffEntry[] {
  const [oldFile, newFile] = o.revisions;
  const strategies = new SideStrategies(worktreeSource(io.cwd), here, o.today);
  const side = (file: string) => {
    const s = strategies.of(file);
    if (!s) throw new DiffFailure(`cannot read ${file}: no such file or folder`);
    return s.side;
  };
  const base = side(oldFile);
  const head = side(newFile);
  return [{ root: newFile, base: oldFile, head: newFile, changes: diffStrategies(base, head) }];
}

function revisions(o: DiffOptions, io: Io, here: string): DiffEntry[] {
  const git = new Git(io.cwd);
  git.ensureRepository();
  const top = joinPath(
    here,
    git
      .prefix()
      .split('/')
      .filter(Boolean)
      .map(() => '..')
      .join('/') || '.',
  );
  const at = (commit: string, label: string) => revisionSource(git, commit, label, here, top);
  const paths = o.paths.length ? o.paths : ['.'];
  const [baseRev, headRev] = o.revisions;
  const head = new SideStrategies(
    headRev === undefined ? worktreeSource(io.cwd) : at(resolve(git, headRev), headRev),
    here,
    o.today,
  );
  const headFiles = head.source.find(paths);
  if (o.sinceReview) {
    if (headFiles.missing.length) throw new DiffFailure(`${headFiles.missing.join(', ')}: no such file or folder`);
    return sinceReview(git, head, headFiles.files, o, at);
  }
  const base = new SideStrategies(at(resolve(git, baseRev ?? 'HEAD'), baseRev ?? 'HEAD'), here, o.today);
  const baseFiles = base.source.find(paths);
  const gone = paths.filter((p) => baseFiles.missing.includes(p) && headFiles.missing.includes(p));
  if (gone.length)
    throw new DiffFailure(`${gone.join(', ')}: no such file or folder at ${base.source.label} or ${head.source.label}`);
  const baseSide = base.all(baseFiles.files);
  const headSide = head.all(headFiles.files);
  const keys = [...new Set([...baseSide.keys(), ...headSide.keys()])].sort(comparePaths);
  return keys.map((key) => {
    // A root found on one side only may still be there on the other (its parts moved out of PATH).
    const b = baseSide.get(key) ?? sameRoot(base, key);
    const h = headSide.get(key) ?? sameRoot(head, key);
    return {
      root: (h ?? b)!.name,
      base: base.source.label,
      head: head.source.label,
      changes: diffStrategies(b?.side, h?.side),
    };
  });
}

/** The strategy whose root is `key` on a side, if that file is a root there. */
function sameRoot(side: SideStrategies, key: string): SideStrategy | undefined {
  const s = side.of(key);
  return s?.key === key ? s : undefined;
}

/** Each strategy against the last commit before the day after its own `review.last` (the head side's root's). */
function sinceReview(
  git: Git,
  head: SideStrategies,
  found: readonly string[],
  o: DiffOptions,
  at: (commit: string, label: string) => FileSource,
): DiffEntry[] {
  const history = git.firstParentLog(git.resolve('HEAD'));
  const bases = new Map<string, SideStrategies>();
  return [...head.all(found).values()]
    .sort((a, b) => comparePaths(a.key, b.key))
    .map((s) => {
      const commit = reviewBase(history, s.reviewLast, o.today);
      let base: SideStrategies | undefined;
      if (commit !== undefined) {
        base = bases.get(commit);
        if (!base) bases.set(commit, (base = new SideStrategies(at(commit, commit), head.here, o.today)));
      }
      const baseSide = base && sameRoot(base, s.key);
      return {
        root: s.name,
        base: commit ?? null,
        head: head.source.label,
        changes: diffStrategies(baseSide?.side, s.side),
      };
    });
}

/** A revision's commit; an unknown revision that names a path gets a hint (paths go after --). */
function resolve(git: Git, revision: string): string {
  try {
    return git.resolve(revision);
  } catch (e) {
    if (e instanceof GitError && fs.existsSync(revision)) {
      throw new DiffFailure(
        `unknown revision "${revision}"; to compare the strategies under a path, put it after --: strategy diff -- ${revision}`,
      );
    }
    throw e;
  }
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
