/**
 * The types of VS Code's built-in Git extension API (`vscode.git`, getAPI(1); the full typings are
 * extensions/git/src/api/git.d.ts in VS Code) that compare mode uses: refs, the log and
 * `git show REV:PATH`. Types only (and RefType's values), so that the code over them runs without VS Code.
 */
import type * as vscode from 'vscode';

/** RefType of git.d.ts: 0 a local branch, 1 a remote branch, 2 a tag. */
export enum RefType {
  Head = 0,
  RemoteHead = 1,
  Tag = 2,
}

export interface Ref {
  readonly type: RefType;
  readonly name?: string;
  readonly commit?: string;
  readonly remote?: string;
}

export interface Commit {
  readonly hash: string;
  readonly message: string;
  readonly parents: string[];
  readonly authorName?: string;
  readonly authorDate?: Date;
  readonly commitDate?: Date;
}

export interface LogOptions {
  readonly maxEntries?: number;
  readonly path?: string;
}

export interface RefQuery {
  readonly count?: number;
  readonly sort?: 'alphabetically' | 'committerdate';
}

export interface Repository {
  readonly rootUri: vscode.Uri;
  getRefs(query: RefQuery, token?: vscode.CancellationToken): Promise<Ref[]>;
  getCommit(ref: string): Promise<Commit>;
  log(options?: LogOptions): Promise<Commit[]>;
  /** The text of `path` (absolute, inside the repository) at `ref`; rejects when it is not there. */
  show(ref: string, path: string): Promise<string>;
}

export interface API {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  getRepository(uri: vscode.Uri): Repository | null;
  openRepository?(root: vscode.Uri): Promise<Repository | null>;
}

export interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): API;
}
