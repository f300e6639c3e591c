// One code-server with the packaged extension and one headless chromium on its workbench, for the UI
// tests: started on a workspace folder, stopped (with a last screenshot) whatever happened.
import type { Page } from 'playwright-core';
import { waitForWorkbench } from './workbench';

const env = require('./env.js');
const codeServer = require('./code-server.js');

export interface WorkbenchSession {
  page: Page;
  server: { folderUrl: string; stop(): Promise<void> };
  browser: { page: Page; close(): Promise<void> };
}

/**
 * Starts code-server on `workspace` with the .vsix installed (and user `settings` over the quiet
 * defaults) and opens the folder in chromium.
 */
export async function openWorkbench(
  workspace: string,
  vsix: string,
  settings: Record<string, unknown> = {},
): Promise<WorkbenchSession> {
  const server = await codeServer.start(workspace, { extensions: [vsix], settings });
  const browser = await env.launchChromium();
  const page: Page = browser.page;
  page.setDefaultTimeout(60_000);
  await page.goto(server.folderUrl);
  await waitForWorkbench(page);
  return { page, server, browser };
}

/** Takes a last screenshot at `shotPath`, then closes the browser and stops code-server. */
export async function closeWorkbench(session: WorkbenchSession | undefined, shotPath: string): Promise<void> {
  if (!session) return;
  await session.page.screenshot({ path: shotPath }).catch(() => undefined);
  await session.browser.close();
  await session.server.stop();
}
