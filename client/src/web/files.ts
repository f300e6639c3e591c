/**
 * The client's side of the browser server's files (server/src/protocol.ts, WorkspaceFilesRequest and
 * ReadFilesRequest): the server in a browser reads no disk, so the client reads strategy files
 * through `vscode.workspace.fs` (any scheme: vscode-vfs:, vscode-remote:, file:) and hands them over.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReadFilesRequest, WorkspaceFilesRequest, type ClientFile } from '../../../server/src/protocol';

/** What `strategy check` of a folder finds: strategy files, none under node_modules or a hidden folder. */
const STRATEGY_FILES = '**/*.strategy.{yaml,yml}';
const SKIPPED = '{**/node_modules/**,**/.*/**}';

export function answerFileRequests(client: BaseLanguageClient): void {
  client.onRequest(WorkspaceFilesRequest, async ({ folders }) => {
    const found = await Promise.all(
      folders.map((f) =>
        vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(f), STRATEGY_FILES), SKIPPED),
      ),
    );
    const uris = new Map(found.flat().map((u) => [u.toString(), u]));
    return { files: await Promise.all([...uris.values()].map(read)) };
  });
  client.onRequest(ReadFilesRequest, async ({ uris }) => ({
    files: await Promise.all(uris.map((u) => read(vscode.Uri.parse(u)))),
  }));
}

const decoder = new TextDecoder();

async function read(uri: vscode.Uri): Promise<ClientFile> {
  try {
    return { uri: uri.toString(), text: decoder.decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (error) {
    const absent = error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
    return {
      uri: uri.toString(),
      error: absent ? 'no such file or folder' : String((error as Error)?.message ?? error),
    };
  }
}
