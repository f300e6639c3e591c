/**
 * Compare mode, asked for by the VS Code client (server/src/protocol.ts): `strategy/compare` renders
 * the preview of an open document marked with the changes since a base the client read from git, and
 * `strategy/reviewBase` picks the commit of the last strategy review from a history the client read.
 * A document of a strategy the workspace composes compares its whole strategy (compareAcross.ts);
 * otherwise both run on the document's one analysis (the server's, or the worker's for a large document).
 */
import { isValidDate, localToday } from '../../core';
import { reviewBase } from '../../core/diff';
import { WEBVIEW_STYLE } from '../../core/render';
import {
  CompareRequest,
  ReviewBaseRequest,
  type CompareNeeds,
  type CompareParams,
  type CompareResult,
  type ReviewBaseParams,
  type ReviewBaseResult,
} from '../../protocol';
import { guarded, type ServerContext } from '../context';
import { documentFeatures } from '../documentFeatures';
import { AcrossCompares } from './compareAcross';

export interface CompareOptions {
  /** The date to check against (initializationOptions.today), or undefined for the local date. */
  today: () => string | undefined;
}

export function registerCompare(ctx: ServerContext, options: CompareOptions): void {
  const today = () => options.today() ?? localToday();
  const across = ctx.workspace && new AcrossCompares(ctx.workspace.host);

  ctx.connection.onRequest(
    CompareRequest,
    guarded(ctx, 'Compare', null, async (p: CompareParams): Promise<CompareResult | CompareNeeds | null> => {
      const uri = p.textDocument.uri;
      const d = await documentFeatures(ctx, uri);
      if (!d || (p.version !== undefined && d.version < p.version)) return null;
      const base = { ...p.base, label: String(p.base.label), files: p.base.files ?? [] };
      const whole = d.across && across?.answer(uri, d.across, base, today());
      if (whole && 'needs' in whole) return whole;
      const render = whole ?? (await d.run('compare', today(), base));
      if (!render) return null;
      const { title, body, broken, records } = render;
      // A strategy across files: data-file of the elements is relative to the root's folder.
      const root =
        whole && d.across?.strategy.kind === 'composed' ? { root: d.across.uriOf(d.across.strategy.root) } : {};
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
        ...root,
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
