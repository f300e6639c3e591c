// A broken file renders what could be read under a banner naming the problems; the stale banner for the preview.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { isBroken, renderBody, renderHtml, renderMarkdown } from '../../server/src/core/render';
import { TODAY } from '../helpers/core';
import { analysisOf, sampleText, withClass } from '../helpers/render';

const northwind = sampleText('northwind');
/** Northwind with an unclosed flow sequence in social-support's participants. */
const brokenNorthwind = northwind.replace(
  'participants: [support-community-lead, store-ops-director, cio]',
  'participants: [support-community-lead, store-ops-director, cio',
);
const brokenLine = northwind.split('\n').findIndex((l) => l.includes('participants: [support-community-lead'));

function banner(page: string): string {
  const start = page.indexOf('<div class="banner"');
  return start < 0 ? '' : page.slice(start, page.indexOf('</ul>', start));
}

describe('broken files', () => {
  test('a good file has no banner', () => {
    assert.equal(isBroken(analysisOf(northwind)), false);
    assert.equal(banner(renderHtml(analysisOf(northwind), { today: TODAY })), '');
  });

  test('a YAML syntax error: what could be read, under a banner naming the error and its line', () => {
    const a = analysisOf(brokenNorthwind);
    assert.equal(isBroken(a), true);
    const page = renderHtml(a, { today: TODAY });
    const b = banner(page);
    assert.match(b, /could not be read in full/);
    assert.match(b, /YAML syntax error/);
    assert.match(b, /line \d+/);
    const lines = [...b.matchAll(/<li data-line="(\d+)">/g)].map((m) => Number(m[1]));
    assert.ok(
      lines.length >= 1 && lines.every((l) => l >= brokenLine - 1 && l <= brokenLine + 2),
      `${lines} near ${brokenLine}`,
    );
    // What precedes the error is still drawn.
    assert.ok(page.includes('Northwind Outfitters Social Business Strategy'));
    assert.ok(withClass(page, 'item').some((t) => t.attrs['data-id'] === 'ambassador-reach'));
    assert.match(renderMarkdown(a, { today: TODAY }), /^> \*\*The file could not be read in full/);
  });

  for (const [name, text, options] of [
    ['a list instead of a mapping', '- just\n- a list\n', {}],
    ['an empty file', '', {}],
    ['a file over the size limit', northwind, { maxFileSize: 1000 }],
  ] as const) {
    test(`${name}: a banner and the problems, no cards`, () => {
      const a = analyze(text, 'x.strategy.yaml', { today: TODAY, ...options });
      assert.equal(isBroken(a), true);
      const page = renderHtml(a, { today: TODAY });
      assert.match(banner(page), /Nothing could be read from this file/);
      assert.equal(withClass(page, 'conv').length, 0);
      assert.ok(withClass(page, 'problem').length >= 1);
      const md = renderMarkdown(a, { today: TODAY });
      assert.match(md, /Nothing could be read/);
      assert.doesNotMatch(md, /six conversations/);
    });
  }

  test("stale: the last good version under a banner naming the newer version's problems", () => {
    const good = analysisOf(northwind);
    const body = renderBody(good, { today: TODAY, staleBecause: analysisOf(brokenNorthwind) });
    assert.match(banner(body), /this is the last version that could be read/);
    assert.match(banner(body), /YAML syntax error/);
    assert.equal(withClass(body, 'conv').length, 6);
    assert.ok(
      withClass(body, 'item').some((t) => t.attrs['data-id'] === 'repair-bench-forum'),
      'the good version is drawn',
    );
  });
});
