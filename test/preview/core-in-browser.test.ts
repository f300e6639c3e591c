// The core runs in a browser: bundled by esbuild for the browser platform (which fails on any Node
// built-in), loaded into Chromium where there is no process, Buffer or require, it analyses and
// renders the samples exactly as it does under Node.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { analyze } from '../../server/src/core';
import { toDiagnostics } from '../../server/src/cli/diagnostics';
import { renderBody, renderHtml } from '../../server/src/core/render';
import { browserSkipReason, launchBrowser, openPage } from '../helpers/browser';
import { bundleForBrowser } from '../helpers/bundle';
import { TODAY } from '../helpers/core';
import { sampleText } from '../helpers/render';

const skip = browserSkipReason();

interface Outcome {
  nodeGlobals: string[];
  diagnostics: unknown;
  body: string;
  page: string;
}

/** Analyses and renders `text` with the bundled core inside the page. */
function inBrowser(page: Page, text: string, options: { today: string; maxFileSize?: number }): Promise<Outcome> {
  return page.evaluate(
    ({ text, options }) => {
      type Core = {
        analyze: (t: string, f: string, o: unknown) => unknown;
        toDiagnostics: (a: unknown) => unknown;
        renderBody: (a: unknown, o: unknown) => string;
        renderHtml: (a: unknown, o: unknown) => string;
      };
      const core = (window as unknown as { strategyCore: Core }).strategyCore;
      const g = globalThis as Record<string, unknown>;
      const analysis = core.analyze(text, 'sample.strategy.yaml', options);
      return {
        nodeGlobals: ['process', 'Buffer', 'require', 'module', 'global', '__dirname'].filter(
          (n) => typeof g[n] !== 'undefined',
        ),
        diagnostics: core.toDiagnostics(analysis),
        body: core.renderBody(analysis, { today: options.today }),
        page: core.renderHtml(analysis, { today: options.today }),
      };
    },
    { text, options },
  );
}

function inNode(text: string, options: { today: string; maxFileSize?: number }) {
  const analysis = analyze(text, 'sample.strategy.yaml', options);
  return {
    diagnostics: toDiagnostics(analysis),
    body: renderBody(analysis, { today: options.today }),
    page: renderHtml(analysis, { today: options.today }),
  };
}

describe('the core bundled for the browser, in chromium', { skip, timeout: 120_000 }, () => {
  let browser: Browser;
  let page: Page;
  before(async () => {
    const bundle = await bundleForBrowser('test/preview/browser/core-entry.ts');
    const inputs = Object.keys(bundle.metafile.inputs);
    assert.ok(
      inputs.some((i) => i.startsWith('server/src/core/analyze')),
      'the bundle holds the core',
    );
    browser = await launchBrowser();
    ({ page } = await openPage(
      browser,
      '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>',
    ));
    await page.addScriptTag({ content: bundle.code });
  });
  after(async () => {
    await browser?.close();
  });

  for (const name of ['northwind', 'draft'] as const) {
    test(`${name}: the same diagnostics, body and export page as under Node, with no Node global in sight`, async () => {
      const text = sampleText(name);
      const got = await inBrowser(page, text, { today: TODAY });
      assert.deepEqual(got.nodeGlobals, []);
      const want = inNode(text, { today: TODAY });
      assert.ok((want.diagnostics as unknown[]).length > 0 || name === 'northwind');
      assert.deepEqual(got.diagnostics, want.diagnostics);
      assert.equal(got.body, want.body);
      assert.equal(got.page, want.page, 'the export page too, its CSP hash computed without node:crypto');
      assert.match(got.body, /class="card conv/);
    });
  }

  test('the size check counts UTF-8 bytes without Buffer', async () => {
    const text = `${sampleText('draft')}# ${'é€😀'.repeat(200)}\n`;
    const bytes = new TextEncoder().encode(text).length;
    for (const maxFileSize of [bytes - 1, bytes]) {
      const got = await inBrowser(page, text, { today: TODAY, maxFileSize });
      const want = inNode(text, { today: TODAY, maxFileSize });
      assert.deepEqual(got.diagnostics, want.diagnostics);
      const tooLarge = (got.diagnostics as { code: string }[]).some((d) => d.code === 'file-too-large');
      assert.equal(tooLarge, maxFileSize < bytes, `limit ${maxFileSize} for ${bytes} bytes`);
    }
  });
});
