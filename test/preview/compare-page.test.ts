// The preview in compare mode, in Chromium: the page the webview shows for `strategy/compare` (the
// client's shell around the server's body, the page script loaded). A changed card shows before and
// after, a removed goal is struck through where it was, an added application is marked, the "Changes
// since" rows link to their lines (a click reveals them, as everywhere in the preview), and the
// section's button asks the host to return to the live preview.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { webviewPage } from '../../client/src/preview/page';
import { WEBVIEW_STYLE } from '../../server/src/core/render';
import { browserSkipReason, launchBrowser, openWebviewPage, posted, screenshot } from '../helpers/browser';
import { compareBody, edit, FULL } from '../helpers/diff';
import { WEBVIEW_SCRIPT_URL } from '../helpers/render';

const skip = browserSkipReason();
const BEFORE = edit(FULL, [
  '        status: active\n',
  '        status: active\n      - id: reach\n        statement: Reach more people\n        owner: cmo\n      - id: trust\n        statement: Be trusted\n        owner: cmo\n',
]);
const AFTER = edit(
  BEFORE,
  [
    '    owner: cmo\n    participants: [pr-lead, sales-lead, cio]\n',
    '    owner: pr-lead\n    participants: [pr-lead, sales-lead, cio]\n',
  ],
  ['      - id: reach\n        statement: Reach more people\n        owner: cmo\n', ''],
  [
    '        data: [public]\n',
    '        data: [public]\n      - id: forum\n        name: Forum\n        owner: cmo\n        audience: external\n',
  ],
);
const AFTER_LINES = AFTER.split('\n');

function page(): string {
  return webviewPage({
    title: 'Test strategy',
    body: compareBody(BEFORE, AFTER, 'HEAD'),
    style: WEBVIEW_STYLE,
    nonce: 'test-nonce',
    cspSource: 'vscode-webview://test',
    scriptUri: WEBVIEW_SCRIPT_URL,
    settings: { source: 'file:///w/test.strategy.yaml' },
  });
}

describe('the preview in compare mode, in chromium', { skip, timeout: 120_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('marks: changed with before and after, removed struck through at its place, added', async () => {
    const p = await openWebviewPage(browser, page());
    const card = p.locator('article.card.conv[data-id="social-media"]');
    assert.deepEqual(await card.evaluate((e) => e.className.split(' ')), ['card', 'conv', 'changed']);
    const detail = card.locator(':scope > .change-detail li', { hasText: 'owner' });
    assert.equal(await detail.locator('del').innerText(), 'cmo');
    assert.equal(await detail.locator('ins').innerText(), 'pr-lead');
    assert.match(await detail.locator('del').evaluate((e) => getComputedStyle(e).textDecorationLine), /line-through/);

    const goals = card.locator('li.item.goal');
    assert.deepEqual(await goals.evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))), [
      'advocacy',
      'reach',
      'trust',
    ]);
    const removed = card.locator('li.item.goal.removed');
    assert.equal(await removed.getAttribute('data-id'), 'reach');
    assert.equal(await removed.getAttribute('data-line'), null, "a base item has no line in the head's text");
    assert.match(await removed.evaluate((e) => getComputedStyle(e).textDecorationLine), /line-through/);
    assert.ok(await removed.isVisible());

    const added = card.locator('li.item.application.added');
    assert.equal(await added.getAttribute('data-id'), 'forum');
    assert.equal(
      Number(await added.getAttribute('data-line')),
      AFTER_LINES.findIndex((l) => l.includes('- id: forum')),
    );
    await screenshot(p, 'compare-mode', true);
    await p.close();
  });

  test('the "Changes since HEAD" rows: regressions first, each a link with its line; a click reveals it', async () => {
    const p = await openWebviewPage(browser, page());
    const section = p.locator('section#changes');
    assert.equal((await section.locator('h2').innerText()).trim(), 'Changes since HEAD');
    const rows = section.locator('li.change');
    const impacts = await rows.evaluateAll((els) => els.map((e) => (e.classList.contains('regression') ? 'r' : 'n')));
    assert.ok(impacts.includes('r'));
    assert.equal(impacts.join('').replace(/^r+/, '').includes('r'), false, `regressions first: ${impacts.join('')}`);
    const links = section.locator('a.change-what');
    const lines = await links.evaluateAll((els) => els.map((e) => e.getAttribute('data-line')));
    assert.ok(lines.length >= 3 && lines.every((l) => l !== null && /^\d+$/.test(l)), `lines: ${lines.join(', ')}`);
    const owner = section
      .locator('li.change', { hasText: 'owner changed from cmo to pr-lead' })
      .locator('a.change-what');
    await owner.click();
    const reveals = (await posted(p)).filter((m) => m.type === 'reveal');
    assert.deepEqual(reveals, [{ type: 'reveal', line: AFTER_LINES.indexOf('    owner: pr-lead') }]);
    assert.equal(p.url(), 'https://strategy-preview.test/', 'the link does not navigate');
    await p.close();
  });

  test('"Back to the live preview" posts leaveCompare', async () => {
    const p = await openWebviewPage(browser, page());
    await p.click('button[data-action="leave-compare"]');
    assert.deepEqual(
      (await posted(p)).filter((m) => m.type !== 'ready' && m.type !== 'didScroll'),
      [{ type: 'leaveCompare' }],
    );
    await p.close();
  });
});
