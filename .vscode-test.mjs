// `npm run test:electron`: the extension-host suite (test/e2e/suite, bundled to dist/test/suite) in a
// VS Code that @vscode/test-cli downloads (into .vscode-test/). For machines that can reach VS Code's
// download servers; where they cannot (CI here), the same suite runs in code-server through
// test/e2e/exthost.test.ts. VSCODE_TEST_VERSION picks another VS Code (default 1.100.3, the one
// code-server 4.100.3 carries; "stable" for the newest).
import { defineConfig } from '@vscode/test-cli';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
// A fresh workspace holding the sample, inside the git-ignored .vscode-test/ folder.
const workspace = path.join(root, '.vscode-test', 'workspace');
fs.rmSync(workspace, { recursive: true, force: true });
fs.mkdirSync(workspace, { recursive: true });
fs.copyFileSync(path.join(root, 'samples', 'draft.strategy.yaml'), path.join(workspace, 'draft.strategy.yaml'));

// In file-name order, as test/e2e/suite/index.ts runs them (activation first); absolute paths keep it.
const suite = path.join(root, 'dist', 'test', 'suite');
const files = fs.existsSync(suite)
  ? fs
      .readdirSync(suite)
      .filter((f) => f.endsWith('.test.js'))
      .sort()
      .map((f) => path.join(suite, f))
  : 'dist/test/suite/*.test.js';

export default defineConfig({
  label: 'extension-host',
  files,
  version: process.env.VSCODE_TEST_VERSION || '1.100.3',
  workspaceFolder: workspace,
  launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  mocha: { ui: 'tdd', timeout: 120_000 },
});
