// Helpers for the renderer's tests: analyse a sample or a text, render it, read attributes back.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type Analysis } from '../../server/src/core';
import { renderHtml, renderMarkdown, type RenderHtmlOptions } from '../../server/src/core/render';
import { TODAY } from './core';

export const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');

export function sampleText(name: 'northwind' | 'draft'): string {
  return fs.readFileSync(path.join(SAMPLES, `${name}.strategy.yaml`), 'utf8');
}

export function analysisOf(text: string, today = TODAY): Analysis {
  return analyze(text, 'test.strategy.yaml', { today });
}

export function html(text: string, options: Partial<RenderHtmlOptions> = {}): string {
  return renderHtml(analysisOf(text, options.today ?? TODAY), { today: TODAY, ...options });
}

export function markdown(text: string): string {
  return renderMarkdown(analysisOf(text), { today: TODAY });
}

export function unescapeHtml(s: string): string {
  return s.replace(/&(lt|gt|quot|#39|#96|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#96': '`', amp: '&' })[e]!);
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
