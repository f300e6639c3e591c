/** What every feature handler is given: the connection, the documents and the shared analyses. */
import { ResponseError, type CancellationToken, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, type AnalysisCache } from './documentCache';
import type { ServerFiles } from './files';
import type { LargeDocuments } from './largeDocuments';
import type { SettingsSource } from './settings';
import type { StrategyWorkspace } from './workspace/workspace';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The platform's files (the disk on Node, the client's copies in a browser). */
  files: ServerFiles;
  settings: SettingsSource;
  cache: AnalysisCache;
  log: (message: string) => void;
  /** Where large documents are analysed (the worker thread), when there is one. */
  largeDocuments?: LargeDocuments;
  /** Every strategy file of the workspace folders and the open documents, composed into strategies (file: URIs). */
  workspace?: StrategyWorkspace;
}

/**
 * Wraps a request handler: a failure is logged to the connection's console and answered with the
 * fallback, so that one bad document or feature never takes the server down. A ResponseError is an
 * answer (a refused rename, a cancelled request), not a failure, and goes back to the client as it is.
 * The handler gets the request's cancellation token.
 */
export function guarded<P, R>(
  ctx: ServerContext,
  name: string,
  fallback: R,
  handler: (params: P, token?: CancellationToken) => Promise<R> | R,
): (params: P, token?: CancellationToken) => Promise<R> {
  return async (params: P, token?: CancellationToken) => {
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      ctx.log(`${name} failed: ${describe(error)}`);
      return fallback;
    }
  };
}
