// `strategy render` of a strategy across files: the composed strategy from a root or a part, each
// element with data-file (relative to the root's folder) and data-line (0-based, in that file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, runCli } from '../helpers/cli';

const EXAMPLE = path.join(ROOT, 'test', 'fixtures', 'multi', 'worked-example');
const TODAY = ['--today', '2026-11-25'];

function tags(html: string, id: string): { file: string; line: number }[] {
  return [...html.matchAll(new RegExp(`data-line="(\\d+)" data-file="([^"]+)" data-id="${id}"`, 'g'))].map((m) => ({
    file: m[2],
    line: Number(m[1]),
  }));
}

test('render of a part shows the composed strategy, each element naming its file and its line there', () => {
  const r = runCli(['render', 'conversations/media.strategy.yaml', ...TODAY], EXAMPLE);
  assert.equal(r.code, 0, r.stderr);
  const html = r.stdout;
  assert.ok(tags(html, 'social-media').every((t) => t.file === 'conversations/media.strategy.yaml' && t.line === 2));
  assert.ok(tags(html, 'social-liability').some((t) => t.file === 'liability.strategy.yaml' && t.line === 2));
  assert.ok(tags(html, 'blog-claims').some((t) => t.file === 'liability.strategy.yaml' && t.line === 6));
  assert.deepEqual([...new Set(tags(html, 'blogspot').map((t) => t.file))].sort(), [
    'conversations/media.strategy.yaml',
    'conversations/tech.strategy.yaml',
  ]);
  assert.ok(
    !/ data-line="\d+"/.test(html.replace(/ data-line="\d+" data-file="[^"]+"/g, '')),
    'every data-line has its data-file',
  );
  assert.match(html, /<span class="where">conversations\/tech\.strategy\.yaml line 12<\/span>/);
  assert.equal(
    runCli(['render', 'social.strategy.yaml', ...TODAY], EXAMPLE).stdout,
    html,
    'the same page from the root',
  );
});

test('render of a one-file strategy names the file in data-file; an orphan part renders alone; an unreadable FILE exits 2', () => {
  const one = runCli(['render', 'samples/northwind.strategy.yaml', ...TODAY]);
  assert.equal(one.code, 0);
  assert.match(one.stdout, / data-line="\d+" data-file="northwind\.strategy\.yaml"/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-render-'));
  fs.writeFileSync(
    path.join(dir, 'part.strategy.yaml'),
    'part-of: missing.strategy.yaml\nconversations:\n  social-media: { owner: cmo }\n',
  );
  const orphan = runCli(['render', 'part.strategy.yaml', '--format', 'md', ...TODAY], dir);
  assert.equal(orphan.code, 0, orphan.stderr);
  assert.match(orphan.stdout, /orphan-part/);
  assert.equal(runCli(['render', 'nothing.strategy.yaml'], dir).code, 2);
});
