// `strategy render`: HTML or Markdown, to a file or standard output, exit 0 whatever the problems, 2 on errors of use.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, runCli } from '../helpers/cli';

const NORTHWIND = path.join('samples', 'northwind.strategy.yaml');
const DRAFT = path.join('samples', 'draft.strategy.yaml');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-render-'));
const isHtml = (s: string) => s.startsWith('<!DOCTYPE html>') && s.trimEnd().endsWith('</html>');
const isMarkdown = (s: string) => s.startsWith('# ') && !s.includes('<!DOCTYPE');

describe('strategy render', () => {
  test('without -o prints the HTML page to standard output', () => {
    const r = runCli(['render', NORTHWIND, '--today', '2026-11-25']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(isHtml(r.stdout));
    assert.match(
      r.stdout,
      /<h1 data-line="\d+" data-file="northwind\.strategy\.yaml">Northwind Outfitters Social Business Strategy<\/h1>/,
    );
    assert.match(r.stdout, /reviews and goals checked against 2026-11-25/);
  });

  test('-o writes the file and prints nothing to standard output', () => {
    const out = path.join(tmp(), 'northwind.html');
    const r = runCli(['render', NORTHWIND, '-o', out, '--today', '2026-11-25']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Wrote .*northwind\.html/);
    const page = fs.readFileSync(out, 'utf8');
    assert.ok(isHtml(page));
    assert.equal(
      page,
      runCli(['render', NORTHWIND, '--today', '2026-11-25']).stdout,
      'the same page as on standard output',
    );
  });

  test('the format comes from --format, else from the extension of OUT, else HTML', () => {
    const dir = tmp();
    const cases: [string[], string, (s: string) => boolean][] = [
      [['-o', path.join(dir, 'a.md')], 'a.md', isMarkdown],
      [['-o', path.join(dir, 'b.markdown')], 'b.markdown', isMarkdown],
      [['-o', path.join(dir, 'c.txt')], 'c.txt', isHtml],
      [['--format', 'html', '-o', path.join(dir, 'd.md')], 'd.md', isHtml],
      [['--format=md', '-o', path.join(dir, 'e.html')], 'e.html', isMarkdown],
    ];
    for (const [args, file, check] of cases) {
      const r = runCli(['render', DRAFT, ...args]);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(check(fs.readFileSync(path.join(dir, file), 'utf8')), `${args.join(' ')}`);
    }
    const md = runCli(['render', DRAFT, '--format', 'md', '--today', '2026-11-25']);
    assert.equal(md.code, 0);
    assert.ok(isMarkdown(md.stdout));
    assert.match(md.stdout, /\*\*UNCOVERED\*\*/);
  });

  test('exits 0 once written, whatever the problems: errors, and a broken file under a banner', () => {
    const draft = runCli(['render', DRAFT, '--today', '2026-11-25']);
    assert.equal(draft.code, 0);
    assert.match(
      draft.stdout,
      /<tr class="application uncovered" data-line="\d+" data-file="draft\.strategy\.yaml" data-id="member-forum">/,
    );
    const dir = tmp();
    const broken = path.join(dir, 'broken.strategy.yaml');
    fs.writeFileSync(broken, 'strategy: Half [written\norganization: X\nsponsor: cio\nconversations: {\n');
    const r = runCli(['render', broken]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /class="banner"/);
    assert.match(r.stdout, /YAML syntax error/);
  });

  test('exit 2 when the file cannot be read, or OUT cannot be written', () => {
    const missing = runCli(['render', 'no-such.strategy.yaml']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read no-such\.strategy\.yaml/);
    assert.equal(missing.stdout, '');
    const folder = runCli(['render', 'samples']);
    assert.equal(folder.code, 2);
    const unwritable = runCli(['render', NORTHWIND, '-o', path.join(tmp(), 'no', 'such', 'dir', 'x.html')]);
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.stderr, /cannot write/);
  });

  test('usage errors exit 2 with what is wrong and where the usage is', () => {
    for (const args of [
      ['render'],
      ['render', NORTHWIND, DRAFT],
      ['render', NORTHWIND, '--format', 'pdf'],
      ['render', NORTHWIND, '--today', '2026-02-30'],
      ['render', NORTHWIND, '--bogus'],
      ['render', NORTHWIND, '-o'],
    ]) {
      const r = runCli(args, ROOT);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(
        r.stderr,
        /^strategy: .*\nRun "strategy --help" for the commands and their options\.\n$/,
        args.join(' '),
      );
      assert.equal(r.stdout, '');
    }
  });
});
