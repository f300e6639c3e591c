'use strict';
// `npm run package` in a copy of the project, so that its production build (minified dist/) does not
// rewrite the dist/ that other tests are using at the same time. Returns the .vsix path.
//
//   const { packageInCopy } = require('./package-vsix');
//   const { vsix, remove } = packageInCopy();   // ...; remove();
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { repoRoot } = require('./env');

// Top-level entries never copied: dependencies (symlinked instead), build output, git, caches, results.
const SKIP = new Set(['node_modules', '.git', 'dist', 'out', '.cache', 'test-results', 'screenshots', '.vscode-test']);

/**
 * @param {{ timeoutMs?: number }} [options]
 * @returns {{ vsix: string, dir: string, output: string, remove: () => void }}
 */
function packageInCopy(options = {}) {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sac-vsix-'));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    fs.cpSync(repoRoot, dir, {
      recursive: true,
      filter: (src) => {
        const rel = path.relative(repoRoot, src);
        return !SKIP.has(rel.split(path.sep)[0]) && !rel.endsWith('.vsix');
      },
    });
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    // stdin closed: a prompt from vsce fails the run instead of waiting forever
    const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'package'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs || 240000,
    });
    const output = `${r.stdout || ''}${r.stderr || ''}`;
    const vsix = path.join(dir, `${name}-${version}.vsix`);
    if (r.status !== 0 || !fs.existsSync(vsix)) {
      throw new Error(`npm run package failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${output}`);
    }
    return { vsix, dir, output, remove };
  } catch (e) {
    remove();
    throw e;
  }
}

module.exports = { packageInCopy };
