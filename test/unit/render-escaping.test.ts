// Hostile strings in every field of a strategy show as text in the HTML and the Markdown, never as markup.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeAttr, escapeHtml, escapeMarkdown } from '../../server/src/core/render';
import { HOSTILE_STRATEGY, SHOWN_FIELDS, payload } from '../helpers/hostile';
import { html, markdown, tags, WEBVIEW_SCRIPT_URL } from '../helpers/render';

const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'main',
  'header',
  'footer',
  'section',
  'article',
  'div',
  'span',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'ul',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'strong',
  'code',
  'svg',
  'rect',
  'line',
]);
const ALLOWED_ATTRS = new Set([
  'lang',
  'charset',
  'http-equiv',
  'content',
  'name',
  'id',
  'class',
  'data-line',
  'data-id',
  'data-settings',
  'title',
  'role',
  'scope',
  'nonce',
  'viewbox',
  'preserveaspectratio',
  'aria-hidden',
  'aria-label',
  'tabindex',
  'x',
  'y',
  'width',
  'height',
  'rx',
  'x1',
  'x2',
  'y1',
  'y2',
  'vector-effect',
]);

describe('escaping', () => {
  test('escapeHtml and escapeAttr leave no character that opens a tag, an entity or an attribute', () => {
    assert.equal(
      escapeHtml(`<a href="x" onclick='y'>&\``),
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;',
    );
    assert.equal(escapeAttr('a\nb\t"c"'), 'a&#10;b&#9;&quot;c&quot;');
    assert.equal(
      escapeMarkdown('[x](javascript:y) *b* `c` <i> a|b\nnext'),
      '\\[x\\](javascript:y) \\*b\\* \\`c\\` &lt;i&gt; a\\|b next',
    );
  });

  for (const mode of ['export', 'webview'] as const) {
    test(`${mode} page: every hostile field is drawn, as text only`, () => {
      const page = html(HOSTILE_STRATEGY, { mode, nonce: 'n', cspSource: 'vscode-webview://x' });
      for (const field of SHOWN_FIELDS) {
        assert.ok(page.includes(escapeHtml(payload(field))), `${field} is not shown escaped`);
      }
      assert.doesNotMatch(page, /<img|<a[\s>]|<iframe|javascript:alert\([^)]*\)"/i);
      assert.equal((page.match(/<script/gi) ?? []).length, mode === 'webview' ? 1 : 0);
      assert.equal((page.match(/<\/style>/gi) ?? []).length, 1, 'one style element, closed once');
      for (const t of tags(page)) {
        assert.ok(ALLOWED_TAGS.has(t.name) || (mode === 'webview' && t.name === 'script'), `unexpected tag ${t.raw}`);
        for (const a of Object.keys(t.attrs)) {
          const scriptSrc = t.name === 'script' && a === 'src' && t.attrs.src === WEBVIEW_SCRIPT_URL;
          assert.ok(ALLOWED_ATTRS.has(a.toLowerCase()) || scriptSrc, `unexpected attribute ${a} in ${t.raw}`);
        }
      }
    });
  }

  test('ids and descriptions land in attributes escaped', () => {
    const page = html(HOSTILE_STRATEGY);
    const ids = tags(page)
      .map((t) => t.attrs['data-id'])
      .filter(Boolean);
    assert.ok(
      ids.includes(payload('goal-id')) && ids.includes(payload('app-id')) && ids.includes(payload('liability-id')),
    );
    assert.ok(tags(page).some((t) => t.attrs.title === payload('role-description')));
  });

  test('Markdown: every hostile field is shown with HTML and Markdown syntax neutralised', () => {
    const md = markdown(HOSTILE_STRATEGY);
    for (const field of SHOWN_FIELDS) {
      assert.ok(md.includes(escapeMarkdown(payload(field))), `${field} is not shown escaped`);
    }
    assert.doesNotMatch(md, /</, 'no raw < at all');
    assert.doesNotMatch(md, /(^|[^\\])\[[^\]]*[^\\]\]\(/m, 'no link syntax');
    assert.doesNotMatch(md, /(^|[^\\])\*[a-z-]+[^\\]\*/m, 'no emphasis from the file');
    // Every row of a table has as many cell separators as its header: no field adds a cell.
    const blocks = md
      .split(/\n(?!\|)/)
      .map((b) => b.split('\n').filter((l) => l.startsWith('|')))
      .filter((b) => b.length);
    assert.ok(blocks.length >= 4, `${blocks.length} tables`);
    for (const block of blocks) {
      const pipes = block.map((l) => l.match(/(?<!\\)\|/g)!.length);
      assert.deepEqual(
        pipes,
        pipes.map(() => pipes[0]),
        block.join('\n'),
      );
    }
  });
});
