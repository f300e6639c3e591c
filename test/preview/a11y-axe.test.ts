// axe-core (WCAG 2.1 A and AA rules) finds no serious or critical violation on the preview's pages:
// the exported page (light, dark preference, forced colours) and the webview page in VS Code's light,
// dark and high-contrast themes, on both samples and in compare mode.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { northwindComparePage, seriousViolations } from '../helpers/a11y';
import {
  browserSkipReason,
  launchBrowser,
  openPage,
  openWebviewPage,
  screenshot,
  type Media,
  type ThemeName,
} from '../helpers/browser';
import { html, sampleText } from '../helpers/render';

const skip = browserSkipReason();
const SAMPLE_NAMES = ['northwind', 'draft'] as const;
const THEME_NAMES: ThemeName[] = ['light', 'dark', 'high-contrast'];
const EXPORT_MEDIA: Record<string, Media> = {
  light: { colorScheme: 'light' },
  dark: { colorScheme: 'dark' },
  'forced colours': { forcedColors: 'active' },
};

describe('axe on the preview pages, in chromium', { skip, timeout: 300_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  for (const sample of SAMPLE_NAMES) {
    for (const [name, media] of Object.entries(EXPORT_MEDIA)) {
      test(`the exported page of ${sample}, ${name}`, async () => {
        const { page, requests } = await openPage(browser, html(sampleText(sample)), { media });
        assert.deepEqual(await seriousViolations(page), []);
        assert.deepEqual(requests, [], 'axe comes from node_modules, not the network');
        await page.close();
      });
    }
    for (const theme of THEME_NAMES) {
      test(`the webview page of ${sample}, VS Code's ${theme} theme`, async () => {
        const page = await openWebviewPage(browser, html(sampleText(sample), { mode: 'webview' }), theme);
        assert.deepEqual(await seriousViolations(page), []);
        await page.close();
      });
    }
  }

  for (const theme of THEME_NAMES) {
    test(`the preview in compare mode, VS Code's ${theme} theme`, async () => {
      const page = await openWebviewPage(browser, northwindComparePage(), theme);
      assert.ok(await page.locator('li.change.regression').count(), 'the page shows a regression');
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, `a11y-compare-${theme}`, false);
      await page.close();
    });
  }

  test('a narrow window: the wide tables scroll and the keyboard reaches them', async () => {
    const { page } = await openPage(browser, html(sampleText('northwind')), { viewport: { width: 420, height: 800 } });
    const overflowing = await page.$$eval('.table-wrap', (els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.getAttribute('aria-label')),
    );
    assert.ok(overflowing.includes('Liability coverage'), `overflowing: ${overflowing.join(', ')}`);
    assert.deepEqual(await seriousViolations(page), []);
    await page.close();
  });
});
