// The browser build of the packaged extension (package.json "browser") in code-server's web-worker
// extension host: the user setting `remote.extensionKind` makes the extension a web extension, so
// VS Code runs dist/web/extension.js in a web worker of the page, not in the Node extension host.
// VS Code Server refuses it a Worker for its language server (microsoft/vscode#168942), so the
// server runs in that same worker over a MessageChannel; it reads the workspace through
// vscode.workspace.fs. Shown: diagnostics (of unopened parts of samples/contoso too), completion,
// the preview. Screenshots go to test-results/screenshots/web-*.png.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { goTo, openFile, problems, runCommand, suggestions, webview } from './workbench';
import { closeWorkbench, openWorkbench, type WorkbenchSession } from './session';

const env = require('./env.js');
const { packageInCopy } = require('./package-vsix.js');

const ROOT: string = env.repoRoot;
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const SAMPLE = 'draft.strategy.yaml';
const SAMPLE_LINES = fs.readFileSync(path.join(ROOT, 'samples', SAMPLE), 'utf8').split('\n');
const skip = env.skipReason() ?? undefined;

/** The settings that put the extension in the web-worker extension host (VS Code's own ones). */
export const WEB_EXTENSION_SETTINGS = {
  'remote.extensionKind': { 'strategy-as-code.strategy-as-code': ['web'] },
  'extensions.webWorker': true,
};

function lineOf(needle: string, delta = 0): { line: number; column: number } {
  const i = SAMPLE_LINES.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `"${needle}" is in samples/${SAMPLE}`);
  return { line: i + 1, column: SAMPLE_LINES[i].indexOf(needle) + delta + 1 };
}

describe(
  'the browser build in the web-worker extension host (code-server + chromium)',
  { skip, timeout: 600_000 },
  () => {
    let packaged: { vsix: string; remove(): void } | undefined;
    let session: WorkbenchSession | undefined;
    let workspace = '';
    let page: Page;

    const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `web-${name}.png`) });

    before(async () => {
      fs.mkdirSync(SHOTS, { recursive: true });
      packaged = packageInCopy();
      workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sac-web-ws-'));
      fs.cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
      session = await openWorkbench(workspace, packaged!.vsix, WEB_EXTENSION_SETTINGS);
      page = session.page;
    });

    after(async () => {
      await closeWorkbench(session, path.join(SHOTS, 'web-last.png'));
      packaged?.remove();
      if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
    });

    test('the extension runs its browser build, with the server in the extension host worker', async () => {
      await openFile(page, SAMPLE);
      await page.locator('#status\\.editor\\.mode', { hasText: 'Strategy' }).waitFor();
      await runCommand(page, 'Strategy: Show Output');
      const output = page.locator('.output-view, .panel .monaco-editor').first();
      await output.locator('.view-lines', { hasText: 'runs in the extension host' }).waitFor();
      // The output wraps lines and renders spaces as no-break spaces: compared without any white space.
      const text = (await output.innerText()).replace(/[\s\u00a0]+/g, '');
      assert.match(text, /dist\/web\/server\.js\(browserbuild\)/, 'the browser build was started');
      assert.match(text, /extensionhost'sworkerinstead/);
      assert.doesNotMatch(text, /dist\/server\.js/, 'not the Node server');
      await shot('output');
      await page.keyboard.press('Control+J');
    });

    test("the Problems panel lists the open file's problems and those of an unopened part of contoso", async () => {
      await runCommand(page, 'View: Toggle Maximized Panel');
      const rows = await problems(page, 'gneral-counsel');
      // contoso/conversations/liability.strategy.yaml is never opened: the server got it from vscode.workspace.fs.
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'expert-finde' }).first().waitFor();
      await shot('problems');
      const all = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).join('\n');
      assert.match(rows.join('\n'), /"gneral-counsel", which is no built-in or declared role/);
      assert.match(all, /covers "expert-finde", which is no application or platform/);
      await runCommand(page, 'View: Toggle Maximized Panel');
      await page.keyboard.press('Control+J');
    });

    test('Ctrl+Space at an owner: value lists the roles', async () => {
      await page.locator('.monaco-editor .view-lines').first().click();
      const at = lineOf('owner: cmo', 'owner: '.length);
      await goTo(page, at.line, at.column);
      const labels = await suggestions(page);
      await shot('completion');
      await page.keyboard.press('Escape');
      for (const role of ['cmo', 'cio']) assert.ok(labels.includes(role), `${role} offered; got ${labels.join(', ')}`);
    });

    test('"Strategy: Open Preview to the Side" shows the strategy', async () => {
      await runCommand(page, 'Strategy: Open Preview to the Side');
      const view = webview(page);
      await view.locator('article.card.conv').nth(5).waitFor();
      await view.locator('h1', { hasText: 'Harbor Point Social Strategy (draft)' }).waitFor();
      await shot('preview');
    });

    test('compare mode, which needs the Git extension, says why it cannot compare here', async () => {
      await page.locator('.monaco-editor .view-lines').first().click(); // the sample's editor, beside its preview
      await runCommand(page, 'Strategy: Compare Strategy with Revision...');
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Compare' }).first();
      await toast.waitFor();
      await shot('compare');
      assert.match(await toast.innerText(), /Git/);
    });
  },
);
