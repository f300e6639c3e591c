// The webview page with a stubbed VS Code API: click-to-source, scroll sync both ways without
// feedback, live updates that keep the scroll position, and the three kinds of theme.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { analyze } from '../../server/src/core';
import { StrategyComposer, renderStrategyHtml, type ComposedStrategy } from '../../server/src/core/compose';
import { memoryHost } from '../../server/src/core/host';
import { renderBody } from '../../server/src/core/render';
import { TODAY } from '../helpers/core';
import {
  browserSkipReason,
  launchBrowser,
  openWebviewPage,
  posted,
  screenshot,
  twoFrames,
  type ThemeName,
} from '../helpers/browser';
import { html, SAMPLES, sampleText } from '../helpers/render';

const skip = browserSkipReason();
const northwind = sampleText('northwind');
const lines = northwind.split('\n');
const lineOf = (text: string) => lines.findIndex((l) => l.includes(text));
const webview = (text = northwind) =>
  html(text, {
    mode: 'webview',
    nonce: 'test-nonce',
    cspSource: 'vscode-webview://test',
    settings: { source: 'file:///w/northwind.strategy.yaml' },
  });

const CONTOSO = path.join(SAMPLES, 'contoso');
const contosoText = (rel: string) => fs.readFileSync(path.join(CONTOSO, rel), 'utf8');

/** The body of samples/contoso composed and rendered (every element with data-file beside data-line). */
function contosoBody(): string {
  const files = new Map<string, string>();
  for (const rel of [
    'social.strategy.yaml',
    ...fs.readdirSync(path.join(CONTOSO, 'conversations')).map((f) => `conversations/${f}`),
  ]) {
    files.set(`/c/${rel}`, contosoText(rel));
  }
  const strategy = new StrategyComposer(memoryHost(files), { today: TODAY }).compose(
    '/c/social.strategy.yaml',
  ) as ComposedStrategy;
  const page = renderStrategyHtml(strategy, { today: TODAY, mode: 'export' });
  return /<main id="strategy-root"[^>]*>([\s\S]*)<\/main>/.exec(page)![1];
}

function send(page: Page, message: unknown): Promise<void> {
  return page.evaluate((m) => window.postMessage(m, '*'), message);
}

describe('the webview page in chromium', { skip, timeout: 120_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('says ready, remembers its source, and a click on an item posts reveal with its source line', async () => {
    const page = await openWebviewPage(browser, webview());
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __state: unknown }).__state), {
      source: 'file:///w/northwind.strategy.yaml',
    });
    await page.click('li.goal[data-id="ambassador-reach"] .item-name');
    await page.click('li.liability[data-id="saas-vendor-security"] .mitigations li >> nth=1');
    await page.click('#roles tr[data-id="cmo"] td.seat-owner');
    const reveals = (await posted(page)).filter((m) => m.type === 'reveal');
    assert.deepEqual(reveals, [
      { type: 'reveal', line: lineOf('- id: ambassador-reach') },
      { type: 'reveal', line: lineOf('Staff accounts through SSO') },
      { type: 'reveal', line: lineOf('    owner: cmo') },
    ]);
    await page.close();
  });

  test('scrollTo brings the element of the nearest line to the top, and does not echo back', async () => {
    const page = await openWebviewPage(browser, webview());
    const target = lineOf('  social-support:');
    await send(page, { type: 'scrollTo', line: target });
    await page.waitForFunction(
      () => Math.abs(document.querySelector('article[data-id="social-support"]')!.getBoundingClientRect().top) < 2,
    );
    await twoFrames(page);
    assert.deepEqual(
      (await posted(page)).filter((m) => m.type === 'didScroll'),
      [],
      'a scroll the host asked for is not reported back',
    );
    // A line between two items lands between them.
    const goal = lineOf('- id: peer-answer-share');
    await send(page, { type: 'scrollTo', line: goal + 3 });
    await page.waitForFunction(() => {
      const r = document.querySelector('li[data-id="peer-answer-share"]')!.getBoundingClientRect();
      return r.top < -1 && r.bottom > 0;
    });
    assert.equal(
      await page.evaluate(() => (window as unknown as { __state: { line: number } }).__state.line),
      goal + 3,
    );
    await page.close();
  });

  test('a user scroll posts didScroll with the source line at the top of the preview', async () => {
    const page = await openWebviewPage(browser, webview());
    await page.evaluate(() =>
      document.querySelector('li[data-id="gear-lab-ideas"]')!.scrollIntoView({ block: 'start' }),
    );
    await page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'didScroll'),
    );
    const scrolled = (await posted(page)).filter((m) => m.type === 'didScroll');
    const line = scrolled[scrolled.length - 1].line!;
    assert.ok(
      line >= lineOf('- id: gear-lab-ideas') && line < lines.findIndex((l) => l.trim() === '- id: field-test-panel'),
      `line ${line}`,
    );
    await page.close();
  });

  test('an update replaces the content and keeps the scroll position', async () => {
    const page = await openWebviewPage(browser, webview());
    await send(page, { type: 'scrollTo', line: lineOf('  social-innovation:') });
    await page.waitForFunction(() => window.scrollY > 500);
    const before = await page.evaluate(() => window.scrollY);
    const edited = northwind.replace('Ship own-brand products', 'Ship OWN-BRAND products');
    const body = renderBody(analyze(edited, 'northwind.strategy.yaml', { today: TODAY }), { today: TODAY });
    await send(page, { type: 'update', html: body });
    await page.waitForFunction(() => document.body.innerText.includes('Ship OWN-BRAND products'));
    assert.equal(await page.evaluate(() => window.scrollY), before);
    await twoFrames(page);
    assert.deepEqual(
      (await posted(page)).filter((m) => m.type === 'didScroll'),
      [],
    );
    await page.click('li.goal[data-id="ideas-to-catalogue"] .item-name');
    assert.deepEqual(
      (await posted(page)).filter((m) => m.type === 'reveal'),
      [{ type: 'reveal', line: lineOf('- id: ideas-to-catalogue') }],
      'clicks work on the new content',
    );
    await page.close();
  });

  test("a strategy across files: a click posts reveal with the item's file (data-file) beside its line", async () => {
    const page = await openWebviewPage(browser, webview());
    await send(page, { type: 'update', html: contosoBody() });
    await page.waitForSelector('article[data-id="social-liability"]');
    await page.click('li.liability[data-id="internal-leaks"] .item-name');
    await page.click('header.hero h1');
    const liability = contosoText('conversations/liability.strategy.yaml').split('\n');
    const root = contosoText('social.strategy.yaml').split('\n');
    assert.deepEqual(
      (await posted(page)).filter((m) => m.type === 'reveal'),
      [
        {
          type: 'reveal',
          line: liability.findIndex((l) => l.includes('- id: internal-leaks')),
          file: 'conversations/liability.strategy.yaml',
        },
        { type: 'reveal', line: root.findIndex((l) => l.startsWith('strategy:')), file: 'social.strategy.yaml' },
      ],
    );
    await page.close();
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as ThemeName[]) {
    test(`follows VS Code's ${theme} theme`, async () => {
      const page = await openWebviewPage(browser, webview(sampleText('draft')), theme);
      const colors = await page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        fg: getComputedStyle(document.body).color,
        card: getComputedStyle(document.querySelector('article.card:not(.missing)')!).borderTopColor,
      }));
      const expected = {
        light: ['rgb(255, 255, 255)', 'rgb(59, 59, 59)'],
        dark: ['rgb(31, 31, 31)', 'rgb(204, 204, 204)'],
        'high-contrast': ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'],
      }[theme];
      assert.deepEqual([colors.bg, colors.fg], expected);
      if (theme === 'high-contrast') assert.equal(colors.card, 'rgb(111, 195, 223)', 'contrast borders');
      await screenshot(page, `webview-draft-${theme}`, false);
      await page.close();
    });
  }
});
