// Compare mode in a real VS Code through a real browser: the packaged extension in code-server 4.100.3,
// whose built-in Git extension reads the revisions. The workspace is a git repository with the draft
// sample committed twice (the first commit on the day of its review.last); the owner of social-media
// is edited in the editor, "Strategy: Compare Strategy with Revision..." offers HEAD and the last
// strategy review, HEAD is picked, and the preview marks the conversation `changed` and lists the
// change under "Changes since HEAD"; a further edit re-diffs; the page's button returns to the live
// preview. Screenshots: test-results/screenshots/compare-*.png. Needs `npm run setup:e2e`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { closeWorkbench, openWorkbench, type WorkbenchSession } from './session';
import { goTo, languageMode, retypeOwner, webview } from './workbench';

const env = require('./env.js');
const { packageInCopy } = require('./package-vsix.js');

const ROOT: string = env.repoRoot;
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const FILE = 'draft.strategy.yaml';
const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples', FILE), 'utf8');
/** The draft sample with a strategy review held on 2025-09-30 (the sample leaves the rhythm to each conversation). */
const TEXT = SAMPLE.replace(/^sponsor: .*\n/m, (line) => `${line}review: { cadence: annual, last: 2025-09-30 }\n`);
const LINES = TEXT.split('\n');
const OWNER_LINE = LINES.indexOf('    owner: cmo', LINES.indexOf('  social-media:'));
const skip = env.skipReason() ?? undefined;

/** git in the workspace, with a fixed identity and dates (the review commit depends on them). */
function git(cwd: string, args: string[], date?: string): string {
  const dates = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
      ...dates,
    },
  }).trim();
}

describe(
  'compare with a revision in VS Code (code-server + chromium + the Git extension)',
  { skip, timeout: 600_000 },
  () => {
    let packaged: { vsix: string; remove(): void } | undefined;
    let session: WorkbenchSession | undefined;
    let workspace = '';
    let reviewCommit = '';
    let page: Page;

    const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `compare-${name}.png`) });

    before(async () => {
      assert.ok(OWNER_LINE > 0, "the sample has social-media's owner: cmo");
      assert.ok(!/^review:/m.test(SAMPLE) && TEXT !== SAMPLE, "the strategy review is the test's own");
      fs.mkdirSync(SHOTS, { recursive: true });
      packaged = packageInCopy();
      workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sac-compare-ws-'));
      fs.mkdirSync(path.join(workspace, '.vscode'));
      fs.writeFileSync(
        path.join(workspace, '.vscode', 'settings.json'),
        JSON.stringify({ 'git.enabled': true, 'git.openRepositoryInParentFolders': 'never' }, null, 2),
      );
      fs.writeFileSync(path.join(workspace, FILE), TEXT);
      git(workspace, ['init', '-q', '-b', 'main']);
      git(workspace, ['add', '.']);
      // review.last is 2025-09-30: this commit is the last one before the day after it.
      git(workspace, ['commit', '-q', '-m', 'Strategy as reviewed'], '2025-09-30T18:00:00Z');
      reviewCommit = git(workspace, ['rev-parse', 'HEAD']);
      fs.writeFileSync(path.join(workspace, FILE), `${TEXT}\n`);
      git(workspace, ['commit', '-q', '-am', 'A later edit'], '2025-10-15T09:00:00Z');
      session = await openWorkbench(workspace, packaged!.vsix);
      page = session.page;
    });

    after(async () => {
      await closeWorkbench(session, path.join(SHOTS, 'compare-last.png'));
      packaged?.remove();
      if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
    });

    test('an edited owner, compared with HEAD, is marked changed in the preview and listed under "Changes since HEAD"', async () => {
      await retypeOwner(page, FILE, OWNER_LINE, 'pr-lead');
      assert.equal((await languageMode(page)).trim(), 'Strategy');

      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.fill('>Strategy: Compare Strategy with Revision');
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: 'Compare Strategy with Revision' })
        .first()
        .waitFor();
      await page.keyboard.press('Enter');
      // The revisions: HEAD first, then the commit of the last strategy review (the server's pick).
      const head = page.locator('.quick-input-list .monaco-list-row[aria-label^="HEAD,"]');
      await head.waitFor();
      const review = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Last strategy review' });
      await review.waitFor();
      assert.match(await review.innerText(), new RegExp(reviewCommit.slice(0, 7)));
      await shot('pick');
      await head.click();
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });

      const view = webview(page);
      const row = view.locator('section#changes li.change', { hasText: 'owner changed from cmo to pr-lead' });
      await row.waitFor();
      assert.equal((await view.locator('section#changes h2').innerText()).trim(), 'Changes since HEAD');
      assert.equal(Number(await row.getAttribute('data-line')), OWNER_LINE, "the row links to the owner's line");
      const card = view.locator('article.card.conv[data-id="social-media"]');
      assert.deepEqual(await card.evaluate((e) => e.className.split(' ')), ['card', 'conv', 'changed']);
      assert.equal(await card.locator(':scope > .change-detail ins').first().innerText(), 'pr-lead');
      await shot('preview');
    });

    test('the preview stays live in compare mode, and its button returns to the live preview', async () => {
      await page.locator('.monaco-editor .view-lines').first().click();
      await goTo(page, OWNER_LINE + 1, '    owner: pr-lead'.length + 1);
      await page.keyboard.type('-x');
      const view = webview(page);
      await view.locator('section#changes li.change', { hasText: 'owner changed from cmo to pr-lead-x' }).waitFor();
      await view.locator('button[data-action="leave-compare"]').click();
      await view.locator('section#changes').waitFor({ state: 'detached' });
      assert.equal(await view.locator('.changed, .added, .removed').count(), 0, 'no marks in the live preview');
      await view.locator('article.card.conv[data-id="social-media"]').waitFor();
    });
  },
);
