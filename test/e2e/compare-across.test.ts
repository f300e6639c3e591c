// Compare mode of a strategy across files in a real VS Code through a real browser: the packaged
// extension in code-server 4.100.3, whose built-in Git extension reads the revision, path by path, as
// the server asks for it (`git show HEAD:PATH` of the root, of the folder its include glob names, of
// each part). The workspace is a git repository holding samples/contoso (a root and six parts); the
// owner of social-media is edited in its part, "Compare Strategy with Revision..." picks HEAD, and the
// preview's "Changes since HEAD" lists that change and nothing for the other files, on the whole
// strategy's page. Screenshots: test-results/screenshots/compare-across-*.png. Needs `npm run setup:e2e`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { closeWorkbench, openWorkbench, type WorkbenchSession } from './session';
import { languageMode, retypeOwner, webview } from './workbench';

const env = require('./env.js');
const { packageInCopy } = require('./package-vsix.js');

const ROOT: string = env.repoRoot;
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const SAMPLE = path.join(ROOT, 'samples', 'contoso');
const PART = 'media.strategy.yaml';
const LINES = fs.readFileSync(path.join(SAMPLE, 'conversations', PART), 'utf8').split('\n');
const OWNER_LINE = LINES.indexOf('    owner: cmo', LINES.indexOf('  social-media:'));
const skip = env.skipReason() ?? undefined;

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
    },
  }).trim();
}

describe(
  'compare a strategy across files with a revision in VS Code (code-server + chromium + the Git extension)',
  { skip, timeout: 600_000 },
  () => {
    let packaged: { vsix: string; remove(): void } | undefined;
    let session: WorkbenchSession | undefined;
    let workspace = '';
    let page: Page;

    before(async () => {
      assert.ok(OWNER_LINE > 0, "the sample's media part has social-media's owner: cmo");
      fs.mkdirSync(SHOTS, { recursive: true });
      packaged = packageInCopy();
      workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sac-compare-across-ws-'));
      fs.cpSync(SAMPLE, workspace, { recursive: true });
      fs.mkdirSync(path.join(workspace, '.vscode'));
      fs.writeFileSync(
        path.join(workspace, '.vscode', 'settings.json'),
        JSON.stringify({ 'git.enabled': true, 'git.openRepositoryInParentFolders': 'never' }, null, 2),
      );
      git(workspace, ['init', '-q', '-b', 'main']);
      git(workspace, ['add', '.']);
      git(workspace, ['commit', '-q', '-m', 'Contoso as reviewed']);
      session = await openWorkbench(workspace, packaged!.vsix);
      page = session.page;
    });

    after(async () => {
      await closeWorkbench(session, path.join(SHOTS, 'compare-across-last.png'));
      packaged?.remove();
      if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
    });

    test('an owner edited in a part, compared with HEAD: that one change, nothing for the other files', async () => {
      await retypeOwner(page, PART, OWNER_LINE, 'pr-lead');
      assert.equal((await languageMode(page)).trim(), 'Strategy');

      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').fill('>Strategy: Compare Strategy with Revision');
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: 'Compare Strategy with Revision' })
        .first()
        .waitFor();
      await page.keyboard.press('Enter');
      const head = page.locator('.quick-input-list .monaco-list-row[aria-label^="HEAD,"]');
      await head.waitFor();
      await head.click();
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });

      const view = webview(page);
      const owner = view.locator('section#changes li.change', { hasText: 'owner changed from cmo to pr-lead' });
      await owner.waitFor();
      assert.equal((await view.locator('section#changes h2').innerText()).trim(), 'Changes since HEAD');
      const rows = await view.locator('section#changes li.change').allInnerTexts();
      assert.deepEqual(
        rows.map((r) => r.replace(/\s+/g, ' ').trim()),
        [
          '~ conversation social-media: owner changed from cmo to pr-lead',
          '- participant cmo: no longer takes part in social-media',
        ],
        'the one change of the strategy, and nothing for the other five parts',
      );
      assert.equal(Number(await owner.getAttribute('data-line')), OWNER_LINE, "the row links to the owner's line");
      assert.equal(await owner.getAttribute('data-file'), `conversations/${PART}`, 'in its own file');
      assert.equal(await view.locator('article.card.conv').count(), 6, 'the whole strategy, all six conversations');
      const marked = await view
        .locator('.card.changed, .card.added, .card.removed, .item.changed, .item.added, .item.removed')
        .evaluateAll((es) => es.map((e) => `${e.getAttribute('data-id')} ${e.className}`));
      assert.deepEqual(marked, ['social-media card conv changed']);
      await page.screenshot({ path: path.join(SHOTS, 'compare-across-preview.png') });
    });
  },
);
