// The exported page in a real browser: the samples' cards, matrices and marks, no network, print layout.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { CONVERSATION_IDS } from '../../server/src/core';
import { browserSkipReason, launchBrowser, openPage, screenshot } from '../helpers/browser';
import { html, sampleText } from '../helpers/render';

const skip = browserSkipReason();

describe('the exported page in chromium', { skip, timeout: 120_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('Northwind: six cards in canonical order, both matrices, nothing uncovered or overdue, no network', async () => {
    const { page, requests } = await openPage(browser, html(sampleText('northwind')));
    assert.deepEqual(
      await page.$$eval('#conversations article.card', (els) => els.map((e) => e.getAttribute('data-id'))),
      [...CONVERSATION_IDS],
    );
    assert.equal(await page.locator('#conversations article.card.missing').count(), 0);
    assert.ok((await page.locator('table.roles-matrix tbody tr').count()) >= 15);
    assert.equal(await page.locator('table.coverage-matrix tbody tr').count(), 13);
    assert.equal(await page.locator('table.coverage-matrix tr.uncovered').count(), 0);
    assert.equal(await page.locator('.overdue').count(), 0);
    assert.match(
      await page.locator('#coverage .callout').innerText(),
      /Every exposed application and platform is covered/,
    );
    assert.equal(await page.locator('h1').innerText(), 'Northwind Outfitters Social Business Strategy');
    // Cards are laid out as a grid: at this width, two side by side.
    const tops = await page.$$eval('#conversations article.card', (els) =>
      els.slice(0, 2).map((e) => e.getBoundingClientRect().top),
    );
    assert.equal(tops[0], tops[1]);
    assert.deepEqual(requests, []);
    await screenshot(page, 'export-northwind');
    await page.close();
  });

  test('draft: dashed cards for the missing conversations, the uncovered forum and the overdue reviews are marked', async () => {
    const { page, requests } = await openPage(browser, html(sampleText('draft')));
    assert.deepEqual(await page.$$eval('article.card.missing', (els) => els.map((e) => e.getAttribute('data-id'))), [
      'social-networking',
      'social-innovation',
    ]);
    assert.equal(await page.$eval('article.card.missing', (e) => getComputedStyle(e).borderTopStyle), 'dashed');
    assert.match(await page.locator('article.card.missing').first().innerText(), /Chief Human Resources Officer/);
    assert.deepEqual(
      await page.$$eval('table.coverage-matrix tr.uncovered', (els) => els.map((e) => e.getAttribute('data-id'))),
      ['member-forum'],
    );
    const red = await page.$eval('table.coverage-matrix tr.uncovered', (e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(red, 'rgba(0, 0, 0, 0)', 'an uncovered row stands out');
    assert.equal(await page.locator('#reviews table.timeline tr.overdue').count(), 1);
    assert.equal(await page.locator('li.goal.overdue[data-id="follower-growth"]').count(), 1);
    assert.equal(await page.locator('#problems li.problem').count(), 14);
    assert.deepEqual(requests, []);
    await screenshot(page, 'export-draft');
    await page.emulateMedia({ media: 'print' });
    assert.equal(
      await page.$eval('.hero', (e) => getComputedStyle(e).backgroundImage),
      'none',
      'no dark header on paper',
    );
    await screenshot(page, 'export-draft-print');
    await page.close();
  });

  test('readable with scripts off: the page holds everything as HTML', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(html(sampleText('northwind')));
    assert.equal(await page.locator('#conversations article.card').count(), 6);
    assert.match(await page.locator('#reviews').innerText(), /Next review 2027-01-30/);
    await context.close();
  });
});
