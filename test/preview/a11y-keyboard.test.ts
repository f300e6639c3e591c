// The preview with the keyboard alone: Tab reaches every element a click would reveal in the editor,
// in document order, and Enter on it posts `reveal` to the host, as a click does; in compare mode the
// change links follow Enter and the button Enter and Space. A live update keeps the focused item.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { analyze } from '../../server/src/core';
import { renderBody } from '../../server/src/core/render';
import { COMPARE_AFTER, northwindComparePage } from '../helpers/a11y';
import { browserSkipReason, launchBrowser, openWebviewPage, posted, screenshot } from '../helpers/browser';
import { TODAY } from '../helpers/core';
import { html, sampleText } from '../helpers/render';

const skip = browserSkipReason();
const northwind = sampleText('northwind');
const lineIn = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
const webview = (text = northwind) => html(text, { mode: 'webview' });

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 2000): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

const reveals = async (page: Page) => (await posted(page)).filter((m) => m.type === 'reveal');

describe('the preview with the keyboard alone, in chromium', { skip, timeout: 300_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('Tab visits every clickable item once, in document order, each described for a screen reader', async () => {
    const page = await openWebviewPage(browser, webview());
    const expected = await page.$$eval('[data-line], .table-wrap', (els) =>
      els.map((e, i) => {
        e.setAttribute('data-k', String(i));
        return i;
      }),
    );
    assert.ok(expected.length > 300, `${expected.length} focusable items`);
    const visited: number[] = [];
    for (let i = 0; i <= expected.length; i++) {
      await page.keyboard.press('Tab');
      const k = await page.evaluate(() => document.activeElement?.getAttribute('data-k') ?? null);
      if (k === null) break;
      visited.push(Number(k));
    }
    assert.deepEqual(visited, expected);
    const described = await page.$$eval(
      '[data-line]',
      (els) =>
        els.filter(
          (e) =>
            document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent !==
            'Enter shows it in the editor.',
        ).length,
    );
    assert.equal(described, 0, 'every item says what Enter does');
    await page.close();
  });

  test('Enter on a focused item posts reveal with its line, as a click does; Space on it does not', async () => {
    const page = await openWebviewPage(browser, webview());
    await tabTo(page, 'li.goal[data-id="ambassador-reach"]');
    await page.keyboard.press('Enter');
    await tabTo(page, 'li.liability[data-id="saas-vendor-security"] .mitigations li:nth-child(2)');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await tabTo(page, '#roles tr[data-id="cmo"] td.seat-owner');
    await screenshot(page, 'a11y-keyboard-focus', false);
    await page.keyboard.press('Enter');
    assert.deepEqual(await reveals(page), [
      { type: 'reveal', line: lineIn(northwind, '- id: ambassador-reach') },
      { type: 'reveal', line: lineIn(northwind, 'Staff accounts through SSO') },
      { type: 'reveal', line: lineIn(northwind, '    owner: cmo') },
    ]);
    await page.close();
  });

  test('a live update keeps the focus on the same item, and Enter still reveals it', async () => {
    const page = await openWebviewPage(browser, webview());
    await tabTo(page, 'li.goal[data-id="ideas-to-catalogue"]');
    const edited = northwind.replace('Ship own-brand products', 'Ship OWN-BRAND products');
    const body = renderBody(analyze(edited, 'northwind.strategy.yaml', { today: TODAY }), { today: TODAY });
    await page.evaluate((h) => window.postMessage({ type: 'update', html: h }, '*'), body);
    await page.waitForFunction(() => document.body.innerText.includes('Ship OWN-BRAND products'));
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), 'ideas-to-catalogue');
    await page.keyboard.press('Enter');
    assert.deepEqual(await reveals(page), [{ type: 'reveal', line: lineIn(edited, '- id: ideas-to-catalogue') }]);
    await page.close();
  });

  test('compare mode: Enter on a change link reveals it once; the button follows Enter and Space', async () => {
    const page = await openWebviewPage(browser, northwindComparePage());
    await tabTo(page, 'button[data-action="leave-compare"]');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await page.$$eval('li.change', (rows) =>
      rows
        .find((r) => r.textContent.includes('owner changed from cmo to pr-lead'))!
        .querySelector('a.change-what')!
        .setAttribute('data-target', ''),
    );
    await tabTo(page, 'a.change-what[data-target]');
    await page.keyboard.press('Enter');
    const messages = (await posted(page)).filter((m) => m.type !== 'ready' && m.type !== 'didScroll');
    assert.deepEqual(messages, [
      { type: 'leaveCompare' },
      { type: 'leaveCompare' },
      { type: 'reveal', line: lineIn(COMPARE_AFTER, '    owner: pr-lead') },
    ]);
    assert.equal(page.url(), 'https://strategy-preview.test/', 'the link does not navigate');
    await page.close();
  });
});
