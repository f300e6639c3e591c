// prefers-reduced-motion: reduce is honoured: no transition, animation or smooth scrolling on the
// page then (even one a theme or a later style would add), and the scroll sync moves the preview in
// one jump, never an animation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, launchBrowser, openPage, openWebviewPage, type Media } from '../helpers/browser';
import { html, sampleText } from '../helpers/render';

const skip = browserSkipReason();
const northwind = sampleText('northwind');

/** Asks for motion through the CSSOM (allowed by the CSP) and reads what the page computes. */
function motionAfterAsking(page: Page): Promise<{ scroll: string; transition: string; animation: string }> {
  return page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('article.card')!;
    document.documentElement.style.scrollBehavior = 'smooth';
    card.style.transition = 'opacity 1s';
    card.style.animationName = 'none, x';
    const style = getComputedStyle(card);
    return {
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
      transition: style.transitionDuration,
      animation: style.animationName,
    };
  });
}

describe('reduced motion, in chromium', { skip, timeout: 120_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  const reduce: Media = { reducedMotion: 'reduce' };

  test('reduce: nothing moves on either page; without it, the same styles would move', async () => {
    const page = await openWebviewPage(browser, html(northwind, { mode: 'webview' }), 'dark', { media: reduce });
    assert.deepEqual(await motionAfterAsking(page), { scroll: 'auto', transition: '0s', animation: 'none' });
    await page.close();
    const exported = (await openPage(browser, html(northwind), { media: reduce })).page;
    assert.deepEqual(await motionAfterAsking(exported), { scroll: 'auto', transition: '0s', animation: 'none' });
    await exported.close();
    const moving = (await openPage(browser, html(northwind), { media: { reducedMotion: 'no-preference' } })).page;
    assert.deepEqual(await motionAfterAsking(moving), { scroll: 'smooth', transition: '1s', animation: 'none, x' });
    await moving.close();
  });

  for (const media of [reduce, { reducedMotion: 'no-preference' } as Media]) {
    test(`the scroll sync jumps in one step (${media.reducedMotion}), even under a smooth-scrolling style`, async () => {
      const page = await openWebviewPage(browser, html(northwind, { mode: 'webview' }), 'light', { media });
      const line = northwind.split('\n').findIndex((l) => l.includes('  social-support:'));
      // The position right after the page has handled scrollTo, in the same task: an animation would still be at 0.
      const [y, top] = await page.evaluate(
        (l) =>
          new Promise<[number, number]>((resolve) => {
            document.documentElement.style.scrollBehavior = 'smooth';
            window.addEventListener(
              'message',
              () => {
                const el = document.querySelector('article[data-id="social-support"]')!;
                resolve([window.scrollY, el.getBoundingClientRect().top]);
              },
              { once: true },
            );
            window.postMessage({ type: 'scrollTo', line: l }, '*');
          }),
        line,
      );
      assert.ok(y > 500, `scrollY ${y}`);
      assert.ok(Math.abs(top) < 2, `the card is at the top (${top})`);
      await page.close();
    });
  }
});
