/**
 * The workspace's wiring: watched-file events (registered dynamically where the client allows it),
 * and pull diagnostics (`textDocument/diagnostic`, `workspace/diagnostic`) answered from the
 * workspace's store with result ids, for clients that announce them. Documents the workspace does
 * not check (other schemes, large documents) are answered from their own analysis.
 */
import {
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  type ClientCapabilities,
  type Connection,
  type DocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { toLspDiagnostic } from '../convert';
import type { ServerContext } from '../context';
import { describe } from '../documentCache';
import { documentFeatures } from '../documentFeatures';
import type { FileChange, StrategyWorkspace } from './workspace';

export const WATCHED_FILES = '**/*.strategy.{yaml,yml}';

export interface ClientSupport {
  /** The client pulls diagnostics (LSP 3.17 `textDocument.diagnostic`). */
  pull: boolean;
  /** ...and can be asked to pull again (`workspace.diagnostics.refreshSupport`). */
  refresh: boolean;
  /** The client reports watched files and lets the server register the glob. */
  watch: boolean;
}

/**
 * What the client supports. `initializationOptions.diagnostics: 'push'` keeps push for a client that
 * announces pull but is built on publishDiagnostics.
 */
export function clientSupport(caps: ClientCapabilities, options?: unknown): ClientSupport {
  const asked = (options as { diagnostics?: unknown } | null | undefined)?.diagnostics;
  return {
    pull: caps.textDocument?.diagnostic !== undefined && asked !== 'push',
    refresh: caps.workspace?.diagnostics?.refreshSupport === true,
    watch: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
  };
}

/** After `initialized`: registers the watcher (when it can), then indexes the folders and checks every strategy. */
export async function startWorkspace(
  connection: Connection,
  workspace: StrategyWorkspace,
  folders: readonly string[],
  support: ClientSupport,
): Promise<void> {
  let watching = false;
  if (support.watch) {
    try {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: WATCHED_FILES }],
      });
      watching = true;
    } catch (error) {
      connection.console.warn(
        `Could not watch strategy files (${describe(error)}); the disk is read again for every check.`,
      );
    }
  }
  await workspace.start(folders, watching);
}

export function registerWorkspace(ctx: ServerContext, workspace: StrategyWorkspace, support: ClientSupport): void {
  const { connection } = ctx;
  workspace.store.pull = support.pull;
  if (support.pull && support.refresh) workspace.onChanged = () => void connection.languages.diagnostics.refresh();

  connection.onDidChangeWatchedFiles(async (p) => {
    const changes: FileChange[] = [];
    for (const c of p.changes) {
      const file = workspace.pathOf(c.uri) ?? undefined;
      if (file === undefined) continue;
      changes.push({
        file,
        kind: c.type === FileChangeType.Created ? 'created' : c.type === FileChangeType.Deleted ? 'deleted' : 'changed',
      });
    }
    // A platform that holds copies of the files (a browser) fetches the changed ones first.
    await ctx.files
      .refresh?.(changes.map((c) => c.file))
      .catch((error) => ctx.log(`Reading changed files failed: ${describe(error)}`));
    workspace.watched(changes);
    void workspace.flush();
  });

  if (!support.pull) return;

  connection.languages.diagnostics.on(async (p): Promise<DocumentDiagnosticReport> => {
    const uri = p.textDocument.uri;
    const document = ctx.documents.get(uri);
    if (document && !workspace.handles(document)) {
      const d = await documentFeatures(ctx, uri);
      const found = d ? await d.run('diagnostics') : [];
      return {
        kind: DocumentDiagnosticReportKind.Full,
        items: d ? (found ?? []).map((x) => toLspDiagnostic(x, d.positions, uri)) : [],
      };
    }
    await workspace.flush();
    const stored = workspace.store.get(uri);
    if (!stored) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (p.previousResultId === stored.resultId)
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: stored.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: stored.resultId, items: stored.diagnostics };
  });

  connection.languages.diagnostics.onWorkspace(async (p) => {
    await workspace.flush();
    const previous = new Map(p.previousResultIds.map((r) => [r.uri, r.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = workspace.store.uris().map((uri) => {
      const stored = workspace.store.get(uri)!;
      const version = ctx.documents.get(uri)?.version ?? null;
      if (previous.get(uri) === stored.resultId)
        return { kind: DocumentDiagnosticReportKind.Unchanged, uri, version, resultId: stored.resultId };
      return {
        kind: DocumentDiagnosticReportKind.Full,
        uri,
        version,
        resultId: stored.resultId,
        items: stored.diagnostics,
      };
    });
    return { items };
  });
}
