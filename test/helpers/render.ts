// Helpers for the renderer's tests: analyse a sample or a text, render it, read attributes back.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { webviewPage } from '../../client/src/preview/page';
import type { PreviewSettings } from '../../client/src/preview/messages';
import { analyze, type Analysis } from '../../server/src/core';
import {
  pageTitle,
  renderBody,
  renderHtml,
  renderMarkdown,
  WEBVIEW_STYLE,
  type RenderHtmlOptions,
} from '../../server/src/core/render';
import { TODAY } from './core';

/** Where the webview pages of the tests load the page script from (test/helpers/browser.ts serves it). */
export const WEBVIEW_SCRIPT_URL = 'https://strategy-preview.test/webview/preview.js';

export const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');

export function sampleText(name: 'northwind' | 'draft'): string {
  return fs.readFileSync(path.join(SAMPLES, `${name}.strategy.yaml`), 'utf8');
}

export function analysisOf(text: string, today = TODAY): Analysis {
  return analyze(text, 'test.strategy.yaml', { today });
}

export interface PageOptions extends Omit<Partial<RenderHtmlOptions>, 'mode'> {
  /** `export` (default): the page `strategy render` writes; `webview`: the preview's page as the client builds it. */
  mode?: 'export' | 'webview';
  nonce?: string;
  cspSource?: string;
  settings?: Partial<PreviewSettings>;
}

export function html(text: string, options: PageOptions = {}): string {
  const today = options.today ?? TODAY;
  const analysis = analysisOf(text, today);
  if (options.mode !== 'webview') return renderHtml(analysis, { today });
  return webviewPage({
    title: pageTitle(analysis),
    body: renderBody(analysis, { today }),
    style: WEBVIEW_STYLE,
    nonce: options.nonce ?? 'test-nonce',
    cspSource: options.cspSource ?? 'vscode-webview://test',
    scriptUri: WEBVIEW_SCRIPT_URL,
    settings: { source: '', ...options.settings },
  });
}

export function markdown(text: string): string {
  return renderMarkdown(analysisOf(text), { today: TODAY });
}

export function unescapeHtml(s: string): string {
  return s.replace(
    /&(lt|gt|quot|#39|#96|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#96': '`', amp: '&' })[e]!,
  );
}

/** Every opening tag's attributes, in document order. */
export function tags(page: string): { name: string; attrs: Record<string, string>; raw: string }[] {
  const out: { name: string; attrs: Record<string, string>; raw: string }[] = [];
  for (const m of page.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)) attrs[a[1]] = unescapeHtml(a[2] ?? '');
    out.push({ name: m[1].toLowerCase(), attrs, raw: m[0] });
  }
  return out;
}

/** The tags carrying a class (among the space-separated names). */
export function withClass(page: string, name: string): ReturnType<typeof tags> {
  return tags(page).filter((t) => (t.attrs.class ?? '').split(' ').includes(name));
}
