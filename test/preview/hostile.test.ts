// Hostile strings in every field show as text in a real browser and never run: no dialog, no
// injected element or attribute, no request, no blocked script, in the export and the webview page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, launchBrowser, openPage, openWebviewPage, posted, screenshot } from '../helpers/browser';
import { HOSTILE_STRATEGY, SHOWN_FIELDS, payload } from '../helpers/hostile';
import { html } from '../helpers/render';

const skip = browserSkipReason();

interface Watch {
  dialogs: string[];
  errors: string[];
  violations: () => Promise<string[]>;
}

/** Listens for dialogs and errors from the start (call before the page loads). */
function watch(page: Page): Watch {
  const w: Watch = {
    dialogs: [],
    errors: [],
    violations: () => page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []),
  };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  return w;
}

/** What the page holds beyond what the renderer writes: elements and attributes a payload could add. */
function injected(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      if (['img', 'a', 'iframe', 'object', 'embed', 'form', 'input', 'link', 'base'].includes(tag))
        found.push(`<${tag}>`);
      if (tag === 'script' && !el.hasAttribute('nonce')) found.push('<script> without nonce');
      if (tag === 'style' && document.querySelectorAll('style').length !== 1) found.push('extra <style>');
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) found.push(`${tag}[${a.name}]`);
        if (/^\s*javascript:/i.test(a.value)) found.push(`${tag}[${a.name}=${a.value}]`);
      }
    }
    return found;
  });
}

const VIOLATION_LISTENER = `window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

describe('hostile strings in chromium', { skip, timeout: 120_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('export page: every field shows its payload as text, nothing runs or loads', async () => {
    let w: Watch | undefined;
    const { page, requests } = await openPage(browser, html(HOSTILE_STRATEGY), {
      initScript: VIOLATION_LISTENER,
      onPage: (p) => {
        w = watch(p);
      },
    });
    const text = await page.evaluate(() => document.body.textContent ?? '');
    for (const field of SHOWN_FIELDS) assert.ok(text.includes(payload(field)), `${field} is not shown as text`);
    assert.ok(text.includes('{{strategy}}') && text.includes('${strategy}'), 'template syntax stays literal');
    assert.deepEqual(await injected(page), []);
    assert.deepEqual(w!.dialogs, []);
    assert.deepEqual(w!.errors, []);
    assert.deepEqual(await w!.violations(), []);
    assert.deepEqual(requests, []);
    assert.equal(
      await page.$$eval('#conversations article.card', (els) => els.length),
      6,
      'the page is whole: </style> in a field did not end the style',
    );
    await screenshot(page, 'hostile-export', false);
    await page.close();
  });

  test('webview page: the same, and the script still works (click -> reveal)', async () => {
    let w: Watch | undefined;
    const page = await openWebviewPage(
      browser,
      html(HOSTILE_STRATEGY, { mode: 'webview', nonce: 'n0', cspSource: 'vscode-webview://x' }),
      'dark',
      {
        onPage: (p) => {
          w = watch(p);
        },
      },
    );
    const text = await page.evaluate(() => document.body.textContent ?? '');
    for (const field of SHOWN_FIELDS) assert.ok(text.includes(payload(field)), `${field} is not shown as text`);
    assert.deepEqual(await injected(page), []);
    await page.click('li.goal .item-name');
    assert.deepEqual(w!.dialogs, []);
    assert.deepEqual(w!.errors, []);
    const goalLine = HOSTILE_STRATEGY.split('\n').findIndex((l) => l.includes('- id: '));
    assert.deepEqual(
      (await posted(page)).filter((m) => m.type === 'reveal'),
      [{ type: 'reveal', line: goalLine }],
    );
    await screenshot(page, 'hostile-webview-dark', false);
    await page.close();
  });
});
