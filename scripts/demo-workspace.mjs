// The folder `npm start` opens: a fresh copy of samples/ outside the repository, so that typing in
// the demo (code-server saves as you type) never changes the tracked samples, and the settings that
// keep the demo quiet. Exported apart from start.mjs so that a test runs it without code-server.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** User settings for the demo: no start page, and no "git repository found in the parent folders" prompt. */
export const DEMO_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'git.openRepositoryInParentFolders': 'never',
});

/**
 * Copies `<root>/samples` into a new folder under `tmpBase` (the system's temp folder by default)
 * and returns it with the settings to start code-server with.
 */
export function prepareDemoWorkspace(root, tmpBase = os.tmpdir()) {
  const folder = fs.mkdtempSync(path.join(tmpBase, 'strategy-as-code-demo-'));
  fs.cpSync(path.join(root, 'samples'), folder, { recursive: true });
  return { folder, settings: { ...DEMO_SETTINGS } };
}
