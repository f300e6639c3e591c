/**
 * The extension-host test runner (the @vscode/test-electron contract: `run()` settles when the tests
 * are done, and rejects when one failed). esbuild bundles each `*.test.ts` beside this file into
 * dist/test/suite/; they run in file-name order (activation first: it checks that opening a strategy
 * file is what activates the extension). mocha comes from the project's node_modules.
 *
 * Runs in code-server (test/e2e/exthost.test.ts) and in a downloaded VS Code (npm run test:electron,
 * which loads the same files through @vscode/test-cli's runner).
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: 120_000, // only catches hangs; every wait in the tests is on an event
    grep: process.env.STRATEGY_E2E_GREP || undefined,
  });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js in ${__dirname}: run node esbuild.js`));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) =>
      failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve(),
    );
  });
}
