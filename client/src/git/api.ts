/**
 * The repository of a file through VS Code's built-in Git extension API (`vscode.git`, getAPI(1);
 * types.ts holds the part of it compare mode uses). The extension runs git; this client only reads
 * what it answers. Chosen over a
 * server that runs git itself because the browser build of the extension cannot run git, while the
 * Git extension (or a web one with the same API) can be asked from anywhere.
 */
import * as vscode from 'vscode';
import type { GitExtension, Repository, API } from './types';

export type { Repository } from './types';

/** A failure to tell the user as it is (no git, no repository). */
export class GitUnavailable extends Error {}

/** The repository that holds `uri`, through the Git extension; throws GitUnavailable with what is missing. */
export async function repositoryOf(uri: vscode.Uri): Promise<Repository> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) throw new GitUnavailable('the built-in Git extension (vscode.git) is not available');
  // In the browser's extension host the Git extension (a Node one) may be listed but out of reach:
  // no exports, or an activation that fails.
  const git = extension.isActive ? extension.exports : await extension.activate().then(undefined, () => undefined);
  if (!git) throw new GitUnavailable('the Git extension runs in another extension host, out of reach of this one');
  if (!git.enabled) throw new GitUnavailable('Git is disabled (the setting git.enabled)');
  const api = git.getAPI(1);
  if (api.state !== 'initialized') await initialized(api);
  const repository = api.getRepository(uri) ?? (await api.openRepository?.(vscode.Uri.joinPath(uri, '..'))) ?? null;
  if (!repository) throw new GitUnavailable(`${uri.fsPath || uri.toString()} is not in a git repository`);
  return repository;
}

function initialized(api: API): Promise<void> {
  return new Promise((resolve) => {
    const listener = api.onDidChangeState((state) => {
      if (state !== 'initialized') return;
      listener.dispose();
      resolve();
    });
  });
}

/** `uri`'s path relative to the repository's root, `/`-separated (as `git show REV:PATH` names it). */
export function repositoryPath(repository: Repository, uri: vscode.Uri): string {
  const root = repository.rootUri.path.replace(/\/$/, '');
  return uri.path.startsWith(`${root}/`) ? uri.path.slice(root.length + 1) : (uri.path.split('/').pop() ?? uri.path);
}
