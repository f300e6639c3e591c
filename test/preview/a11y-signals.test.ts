// Colour is never the only signal and every badge or symbol has a name: overdue, uncovered, the marks
// of compare mode and its regressions say so in words; the ✓ and ● of the matrices are named for a
// screen reader (read through the accessibility tree's names, as Playwright computes them).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { northwindComparePage } from '../helpers/a11y';
import { browserSkipReason, launchBrowser, openPage, openWebviewPage } from '../helpers/browser';
import { html, sampleText } from '../helpers/render';

const skip = browserSkipReason();

/** The elements of `selector` whose text does not match `words`, as "tag.class: text". */
function unsaid(page: Page, selector: string, words: RegExp): Promise<string[]> {
  return page.$$eval(
    selector,
    (els, [source, flags]) =>
      els
        .filter((e) => !new RegExp(source, flags).test((e as HTMLElement).innerText))
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e as HTMLElement).innerText.slice(0, 80)}`),
    [words.source, words.flags] as const,
  );
}

describe('signals in words and names, in chromium', { skip, timeout: 120_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('the draft: every overdue and uncovered item, row and review says it in words', async () => {
    const { page } = await openPage(browser, html(sampleText('draft')));
    assert.ok((await page.locator('li.overdue, tr.overdue').count()) >= 3);
    assert.deepEqual(await unsaid(page, 'li.overdue, tr.overdue, .chip.overdue', /overdue/i), []);
    assert.ok((await page.locator('li.uncovered, tr.uncovered').count()) >= 2);
    assert.deepEqual(await unsaid(page, 'li.uncovered, tr.uncovered', /uncovered|no liability covers it/i), []);
    assert.deepEqual(await unsaid(page, '.chip', /\S/), [], 'no badge without text');
    await page.close();
  });

  test('the matrices: ✓ and ● are named for a screen reader; the bars of the timeline are words too', async () => {
    const { page } = await openPage(browser, html(sampleText('northwind')));
    const participants = await page.locator('td.seat-participant').count();
    assert.ok(participants > 10);
    assert.equal(await page.getByRole('cell', { name: 'takes part', exact: true }).count(), participants);
    assert.equal(await page.getByRole('cell', { name: 'Owner', exact: true }).count(), 6);
    const direct = await page.locator('td.cover-direct').count();
    assert.ok(direct > 10);
    assert.equal(await page.getByRole('cell', { name: 'covered directly', exact: true }).count(), direct);
    assert.equal(
      await page.getByRole('cell', { name: 'covered through its platform', exact: true }).count(),
      await page.locator('td.cover-platform').count(),
    );
    // The cycle bars are pictures of the row's dates and status, hidden from the accessibility tree.
    assert.deepEqual(
      await page.$$eval('svg', (els) => els.filter((e) => e.getAttribute('aria-hidden') !== 'true').length),
      0,
    );
    assert.deepEqual(
      await unsaid(
        page,
        'table.timeline tbody tr',
        /Review overdue since|Review due|Next review|unreadable|No review set/,
      ),
      [],
    );
    assert.deepEqual(
      await page.getByRole('region').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))),
      ['Roles by conversation', 'Liability coverage', 'Review timeline', 'Goal deadlines'],
    );
    await page.close();
  });

  test('compare mode: added, changed and removed in a word beside their colour; regressions named', async () => {
    const page = await openWebviewPage(browser, northwindComparePage());
    const marked = await page.$$eval('.added, .changed, .removed', (els) =>
      els.map((e) => {
        const word = ['added', 'changed', 'removed'].find((w) => e.classList.contains(w))!;
        const own = Array.from(e.querySelectorAll('.chip.mark')).filter(
          (c) => c.parentElement!.closest('.added, .changed, .removed') === e,
        );
        return `${e.getAttribute('data-id') ?? e.textContent.trim().slice(0, 30)}: ${word} ${own.map((c) => c.textContent).join(',')}`;
      }),
    );
    assert.deepEqual(
      marked.filter((m) => {
        const [, word, chips] = /: (\w+) (.*)$/.exec(m)!;
        return chips !== word;
      }),
      [],
    );
    assert.ok(
      marked.some((m) => m.startsWith('field-test-panel-size: removed')),
      marked.join('\n'),
    );
    assert.ok(
      marked.some((m) => m.startsWith('trail-stories: added')),
      marked.join('\n'),
    );
    assert.ok(
      marked.some((m) => m.startsWith('social-media: changed')),
      marked.join('\n'),
    );
    assert.ok((await page.locator('li.change.regression').count()) >= 2);
    assert.deepEqual(await unsaid(page, 'li.change.regression', /\bregression\b/), []);
    assert.deepEqual(await unsaid(page, 'li.change.improvement', /\bimprovement\b/), []);
    await page.close();
  });
});
