// The packaged extension in a real VS Code, through a real browser: `npm run package` (in a copy of
// the project), code-server 4.100.3 with the .vsix installed and samples/ open, Debian's chromium
// driven by playwright-core. What a person sees: the Problems panel, completion, the preview and
// click-to-source. Screenshots go to test-results/screenshots/ui-*.png.
// Needs `npm run setup:e2e`; skips (with that hint) when the tools are missing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import {
  cursor,
  goTo,
  languageMode,
  openFile,
  problems,
  runCommand,
  suggestions,
  waitForCursor,
  webview,
} from './workbench';
import { closeWorkbench, openWorkbench, type WorkbenchSession } from './session';

const env = require('./env.js');
const { packageInCopy } = require('./package-vsix.js');

const ROOT: string = env.repoRoot;
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const SAMPLE = 'draft.strategy.yaml';
const SAMPLE_LINES = fs.readFileSync(path.join(ROOT, 'samples', SAMPLE), 'utf8').split('\n');
const CONVERSATIONS = [
  'social-media',
  'social-networking',
  'social-support',
  'social-innovation',
  'social-technologies',
  'social-liability',
];
const skip = env.skipReason() ?? undefined;

/** 1-based line and column of `needle` in the sample, moved `delta` characters into it. */
function lineOf(needle: string, delta = 0): { line: number; column: number } {
  const i = SAMPLE_LINES.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `"${needle}" is in samples/${SAMPLE}`);
  return { line: i + 1, column: SAMPLE_LINES[i].indexOf(needle) + delta + 1 };
}

describe('the packaged extension in VS Code (code-server + chromium)', { skip, timeout: 600_000 }, () => {
  let packaged: { vsix: string; remove(): void } | undefined;
  let session: WorkbenchSession | undefined;
  let workspace = '';
  let page: Page;

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `ui-${name}.png`) });

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    packaged = packageInCopy();
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sac-ui-ws-'));
    fs.cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
    session = await openWorkbench(workspace, packaged!.vsix);
    page = session.page;
  });

  after(async () => {
    await closeWorkbench(session, path.join(SHOTS, 'ui-last.png'));
    packaged?.remove();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  test('opening the sample gives it the Strategy language mode', async () => {
    await openFile(page, SAMPLE);
    await page.locator('#status\\.editor\\.mode', { hasText: 'Strategy' }).waitFor();
    assert.equal((await languageMode(page)).trim(), 'Strategy');
    await shot('editor');
  });

  test('the Problems panel lists the sample\'s problems, the unknown role "gneral-counsel" among them', async () => {
    await runCommand(page, 'View: Toggle Maximized Panel');
    const rows = await problems(page, 'gneral-counsel');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'hootsuite' }).first().waitFor();
    await shot('problems');
    const text = rows.join('\n');
    assert.match(text, /"gneral-counsel", which is no built-in or declared role; did you mean "general-counsel"\?/);
    assert.match(text, /The social-support conversation has no owner/);
    assert.match(text, /runs on "hootsuite", which is no platform/);
    assert.match(text, /social-networking conversation is missing/);
    assert.match(text, /unknown-role/, 'the rule code is shown');
    await runCommand(page, 'View: Toggle Maximized Panel');
    await page.keyboard.press('Control+J'); // hide the panel again
  });

  test('Ctrl+Space at an owner: value lists the roles', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    const at = lineOf('owner: cmo', 'owner: '.length);
    await goTo(page, at.line, at.column);
    const labels = await suggestions(page);
    await shot('completion');
    await page.keyboard.press('Escape');
    for (const role of ['cmo', 'cio']) assert.ok(labels.includes(role), `${role} offered; got ${labels.join(', ')}`);
    assert.equal(labels[0], 'cmo', 'the recommended owner of social-media comes first');
    assert.ok(labels.length >= 5, `the list shows several roles: ${labels.join(', ')}`);
  });

  test('"Strategy: Open Preview to the Side" shows the six conversations', async () => {
    await runCommand(page, 'Strategy: Open Preview to the Side');
    const view = webview(page);
    const cards = view.locator('article.card.conv');
    await cards.nth(5).waitFor();
    assert.deepEqual(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))), CONVERSATIONS);
    const titles = await view.locator('article.card.conv h3').allInnerTexts();
    assert.deepEqual(
      titles.map((t) => t.trim()),
      [
        'Social media',
        'Social networking',
        'Social support',
        'Social innovation',
        'Social technologies',
        'Social liability',
      ],
    );
    await view.locator('h1', { hasText: 'Harbor Point Social Strategy (draft)' }).waitFor();
    await shot('preview');
    await cards.first().scrollIntoViewIfNeeded();
    await shot('preview-conversations');
  });

  test("clicking an item in the preview moves the editor's cursor to its line", async () => {
    const item = webview(page).locator('[data-id="impersonation-scams"]').first();
    const dataLine = Number(await item.getAttribute('data-line'));
    const expected = lineOf('id: impersonation-scams').line;
    assert.equal(dataLine + 1, expected, 'data-line is the 0-based line of the item');
    assert.notEqual((await cursor(page)).line, expected, 'the cursor starts elsewhere');
    await item.locator('.item-name').first().click();
    await waitForCursor(page, expected, 1);
    assert.deepEqual(await cursor(page), { line: expected, column: 1 });
    await shot('click-to-source');
  });
});
