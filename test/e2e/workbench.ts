// Steps in VS Code's web workbench (code-server) through Playwright, for the UI tests: open a file,
// go to a position, run a palette command, read the Problems panel, the suggest widget, the status
// bar and the preview's webview. Each waits on the DOM (Playwright's auto-waiting), never on a timer.
import type { FrameLocator, Page } from 'playwright-core';

/** Waits for the workbench to load the folder. */
export async function waitForWorkbench(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench');
  await page.waitForSelector('.explorer-folders-view, .explorer-viewlet, #workbench\\.view\\.explorer', {
    state: 'attached',
  });
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor();
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/** The status bar's language mode (e.g. "Strategy"). */
export function languageMode(page: Page): Promise<string> {
  return page.locator('#status\\.editor\\.mode').innerText();
}

/** Runs a command palette entry by its title ("Strategy: Open Preview to the Side"). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Moves the cursor with Go to Line (Ctrl+G), 1-based line and column, and waits for the status bar to say so. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await waitForCursor(page, line, column);
}

/** The status bar's "Ln X, Col Y" as numbers. */
export async function cursor(page: Page): Promise<{ line: number; column: number }> {
  const text = await page.locator('#status\\.editor\\.selection').innerText();
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  if (!m) throw new Error(`status bar selection reads "${text}"`);
  return { line: Number(m[1]), column: Number(m[2]) };
}

/** Waits until the status bar shows the cursor at line (and column, when given). */
export async function waitForCursor(page: Page, line: number, column?: number): Promise<void> {
  const want = column === undefined ? `Ln ${line},` : `Ln ${line}, Col ${column}`;
  await page.locator('#status\\.editor\\.selection', { hasText: want }).waitFor();
}

/** Opens the Problems panel (Ctrl+Shift+M) and waits for a row containing `text`; returns every row's text. */
export async function problems(page: Page, text: string): Promise<string[]> {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row', { hasText: text }).first().waitFor();
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

/** Triggers suggestions (Ctrl+Space) and returns the labels of the visible rows. */
export async function suggestions(page: Page): Promise<string[]> {
  await page.keyboard.press('Control+Space');
  const rows = page.locator('.suggest-widget.visible .monaco-list-row');
  await rows.first().waitFor();
  return rows.locator('.label-name').allInnerTexts();
}

/** The document inside the active webview (VS Code nests the page in two iframes). */
export function webview(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/**
 * Opens `file` (a strategy file), waits for its language, and retypes the owner on 0-based
 * `ownerLine` (written `    owner: ...`) as `owner`, as a person would.
 */
export async function retypeOwner(page: Page, file: string, ownerLine: number, owner: string): Promise<void> {
  await openFile(page, file);
  await page.locator('#status\\.editor\\.mode', { hasText: 'Strategy' }).waitFor();
  await page.locator('.monaco-editor .view-lines').first().click();
  await goTo(page, ownerLine + 1, '    owner: '.length + 1);
  await page.keyboard.press('Shift+End');
  await page.keyboard.type(owner);
  await page
    .locator('.monaco-editor .view-line', { hasText: `owner: ${owner}` })
    .first()
    .waitFor();
}
