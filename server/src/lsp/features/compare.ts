/**
 * Compare mode, asked for by the VS Code client (server/src/protocol.ts): `strategy/compare` renders
 * the preview of an open document marked with the changes since a base the client read from git, and
 * `strategy/reviewBase` picks the commit of the last strategy review from a history the client read.
 * Both run on the document's one analysis (the server's, or the worker's for a large document).
 */
import { isValidDate, localToday } from '../../core';
import { reviewBase } from '../../core/diff';
import { WEBVIEW_STYLE } from '../../core/render';
import {
  CompareRequest,
  ReviewBaseRequest,
  type CompareParams,
  type CompareResult,
  type ReviewBaseParams,
  type ReviewBaseResult,
} from '../../protocol';
import { guarded, type ServerContext } from '../context';
import { documentFeatures } from '../documentFeatures';

export interface CompareOptions {
  /** The date to check against (initializationOptions.today), or undefined for the local date. */
  today: () => string | undefined;
}

export function registerCompare(ctx: ServerContext, options: CompareOptions): void {
  const today = () => options.today() ?? localToday();

  ctx.connection.onRequest(
    CompareRequest,
    guarded(ctx, 'Compare', null, async (p: CompareParams): Promise<CompareResult | null> => {
      const uri = p.textDocument.uri;
      const d = await documentFeatures(ctx, uri);
      if (!d || (p.version !== undefined && d.version < p.version)) return null;
      const render = await d.run('compare', today(), { label: String(p.base.label), files: p.base.files ?? [] });
      if (!render) return null;
      const { title, body, broken, records } = render;
      return {
        uri,
        version: d.version,
        title,
        body,
        style: WEBVIEW_STYLE,
        broken,
        stale: false,
        label: p.base.label,
        records,
      };
    }),
  );

  ctx.connection.onRequest(
    ReviewBaseRequest,
    guarded(ctx, 'Review base', {}, async (p: ReviewBaseParams): Promise<ReviewBaseResult> => {
      const d = await documentFeatures(ctx, p.textDocument.uri);
      const last = d && (await d.run('reviewLast'));
      const hash = reviewBase(p.history ?? [], last, today());
      const out: ReviewBaseResult = {};
      if (hash) out.hash = hash;
      if (last !== undefined && isValidDate(last)) out.last = last;
      return out;
    }),
  );
}
