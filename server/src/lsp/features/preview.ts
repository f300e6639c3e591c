/**
 * The preview and the new-file template, asked for by the VS Code client (server/src/protocol.ts):
 * the preview is rendered from the document's one analysis (the server's, or the worker's for a large
 * document). When a version cannot be read, the webview preview shows the last good body of the
 * document under a banner naming the new problems; that body is kept here until the document closes.
 */
import { localToday } from '../../core';
import { EXPORT_STYLE, renderExportPage, WEBVIEW_STYLE } from '../../core/render';
import { strategyTemplate } from '../../core/template';
import {
  PreviewRequest,
  TemplateRequest,
  type PreviewParams,
  type PreviewResult,
  type TemplateParams,
} from '../../protocol';
import { guarded, type ServerContext } from '../context';
import { documentFeatures } from '../documentFeatures';
import type { PreviewRender } from '../worker/features';

interface LastGood {
  version: number;
  title: string;
  body: string;
}

export interface PreviewOptions {
  /** The date to check against (initializationOptions.today), or undefined for the local date. */
  today: () => string | undefined;
}

export class PreviewRenders {
  private readonly lastGood = new Map<string, LastGood>();

  /** The webview answer for this render of `version`: the render itself, or the last good body under its banner. */
  webview(uri: string, version: number, render: PreviewRender): PreviewResult {
    const base = { uri, version, style: WEBVIEW_STYLE, broken: render.broken };
    const good = this.lastGood.get(uri);
    if (!render.broken) {
      if (!good || good.version <= version) this.lastGood.set(uri, { version, title: render.title, body: render.body });
      return { ...base, title: render.title, body: render.body, stale: false };
    }
    if (!good || good.version > version) return { ...base, title: render.title, body: render.body, stale: false };
    return { ...base, title: good.title, body: `${render.staleBanner ?? ''}\n${good.body}`, stale: true };
  }

  /** The document closed. */
  forget(uri: string): void {
    this.lastGood.delete(uri);
  }
}

export function registerPreview(ctx: ServerContext, options: PreviewOptions): PreviewRenders {
  const renders = new PreviewRenders();
  const today = () => options.today() ?? localToday();

  ctx.connection.onRequest(
    PreviewRequest,
    guarded(ctx, 'Preview', null, async (p: PreviewParams): Promise<PreviewResult | null> => {
      const uri = p.textDocument.uri;
      // No token: an answer for a version the user has since edited is still newer than the one shown.
      const d = await documentFeatures(ctx, uri);
      if (!d || (p.version !== undefined && d.version < p.version)) return null;
      const render = await d.run('preview', today());
      if (!render) return null;
      // A strategy across files: data-file of the elements is relative to the root's folder.
      const root = d.across?.strategy.kind === 'composed' ? { root: d.across.uriOf(d.across.strategy.root) } : {};
      if (p.flavour === 'webview') return { ...renders.webview(uri, d.version, render), ...root };
      const { title, body, broken } = render;
      return {
        uri,
        version: d.version,
        title,
        body,
        style: EXPORT_STYLE,
        html: renderExportPage(body, title),
        broken,
        stale: false,
        ...root,
      };
    }),
  );

  ctx.connection.onRequest(
    TemplateRequest,
    guarded(ctx, 'New file template', { text: '' }, (p: TemplateParams) => ({
      text: strategyTemplate({ organization: p.organization || undefined, today: today() }),
    })),
  );
  return renders;
}
