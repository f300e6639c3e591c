/**
 * Compare mode's commands: "Compare Strategy with Revision..." (strategy.compare) picks a revision,
 * reads the file's text there through VS Code's Git extension (client/src/git) and turns the file's
 * preview into compare mode (the server diffs and renders: `strategy/compare`; for a strategy across
 * files it asks for the other files and folders it needs at the revision, which the preview reads
 * with the same extension, client/src/git/show.ts); "Return to the Live
 * Preview" (strategy.leaveCompare, also the page's button) leaves it. The client analyses nothing: the
 * commit of the last review is the server's answer to `strategy/reviewBase`.
 */
import * as vscode from 'vscode';
import { ReviewBaseRequest, type CompareBase } from '../../../server/src/protocol';
import type { StrategyContext } from '../ctx';
import { GitUnavailable, repositoryOf, repositoryPath, type Repository } from '../git/api';
import { revisionsOf, type Revision } from '../git/revisions';
import { readPaths } from '../git/show';
import type { PreviewManager } from './manager';
import { commandResource } from './settings';

export const COMPARE_COMMANDS = {
  compare: 'strategy.compare',
  leaveCompare: 'strategy.leaveCompare',
} as const;

const TITLE = 'Compare Strategy with Revision';
const NO_DOCUMENT = 'Open a strategy file (*.strategy.yaml) to compare it with a revision.';

export function registerCompare(ctx: StrategyContext, manager: PreviewManager): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMPARE_COMMANDS.compare, (arg?: unknown, revision?: unknown) =>
      compareWithRevision(ctx, manager, arg, typeof revision === 'string' ? revision : undefined),
    ),
    vscode.commands.registerCommand(COMPARE_COMMANDS.leaveCompare, (arg?: unknown) => {
      const resource = commandResource(arg) ?? manager.activeResource;
      const preview = (resource && manager.get(resource)) ?? manager.all.find((p) => p.comparing);
      preview?.leaveCompare();
    }),
  ];
}

/** Picks a revision (or takes `ref`), reads the file there and shows the preview in compare mode beside the editor. */
async function compareWithRevision(
  ctx: StrategyContext,
  manager: PreviewManager,
  arg: unknown,
  ref: string | undefined,
): Promise<void> {
  const resource = commandResource(arg) ?? manager.activeResource;
  if (!resource) {
    void vscode.window.showInformationMessage(NO_DOCUMENT);
    return;
  }
  try {
    const repository = await repositoryOf(resource);
    const path = repositoryPath(repository, resource);
    const revision = ref !== undefined ? { ref, label: ref } : await pickRevision(ctx, repository, resource, path);
    if (!revision) return;
    const base = await baseAt(repository, revision, resource, path);
    const show = (p: string) => repository.show(revision.ref, vscode.Uri.joinPath(repository.rootUri, p).fsPath);
    manager.open(resource, true).compareWith(base, (paths) => readPaths(show, revision.ref, paths));
  } catch (error) {
    if (error instanceof GitUnavailable) void vscode.window.showErrorMessage(`${TITLE}: ${error.message}.`);
    else ctx.showError(`${TITLE}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

interface RevisionItem extends vscode.QuickPickItem {
  revision?: Revision;
}

const GROUPS: Record<Revision['group'], string> = {
  head: '',
  review: '',
  branch: 'branches',
  tag: 'tags',
  commit: 'recent commits of this file',
};

async function pickRevision(
  ctx: StrategyContext,
  repository: Repository,
  resource: vscode.Uri,
  path: string,
): Promise<Revision | undefined> {
  const items = revisionsOf(repository, resource.fsPath, (history) =>
    ctx.request(ReviewBaseRequest, { textDocument: { uri: resource.toString() }, history }).catch(() => ({})),
  ).then(toItems);
  const picked = await vscode.window.showQuickPick<RevisionItem>(items, {
    title: `${TITLE}: ${path}`,
    placeHolder: 'HEAD, the last strategy review, a branch, a tag or a commit',
    matchOnDescription: true,
  });
  return picked?.revision;
}

function toItems(revisions: Revision[]): RevisionItem[] {
  const items: RevisionItem[] = [];
  let group: Revision['group'] | undefined;
  for (const r of revisions) {
    if (r.group !== group && GROUPS[r.group])
      items.push({ label: GROUPS[r.group], kind: vscode.QuickPickItemKind.Separator });
    group = r.group;
    const label =
      r.group === 'review'
        ? '$(history) Last strategy review'
        : r.group === 'commit'
          ? `$(git-commit) ${r.label}`
          : r.ref;
    items.push({ label, description: r.description, detail: r.detail, revision: r });
  }
  return items;
}

/** The file at `revision` (absent when it was not there); rejects an unknown revision. The server asks for the rest. */
async function baseAt(
  repository: Repository,
  revision: Pick<Revision, 'ref' | 'label'>,
  resource: vscode.Uri,
  path: string,
): Promise<CompareBase> {
  try {
    await repository.getCommit(revision.ref);
  } catch {
    throw new GitUnavailable(`${revision.ref} is no revision of the repository at ${repository.rootUri.fsPath}`);
  }
  let text: string | undefined;
  try {
    text = await repository.show(revision.ref, resource.fsPath);
  } catch {
    text = undefined; // not in that revision: the strategy was added since
  }
  return text === undefined
    ? { label: revision.label, path, files: [], absent: [path] }
    : { label: revision.label, path, files: [{ path, text }] };
}
