// The preview's logic that needs no VS Code: the server's last good render (PreviewRenders), the
// client's choice of answers to show (PreviewContent), messages, the scroll echo guard.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PreviewContent } from '../../client/src/preview/content';
import { parsePreviewMessage, parsePreviewState } from '../../client/src/preview/messages';
import { ScrollEchoGuard } from '../../client/src/preview/scrollSync';
import { renderBody, WEBVIEW_STYLE } from '../../server/src/core/render';
import { PreviewRenders } from '../../server/src/lsp/features/preview';
import { FEATURES } from '../../server/src/lsp/worker/features';
import type { PreviewResult } from '../../server/src/protocol';
import { TODAY } from '../helpers/core';
import { analysisOf, sampleText } from '../helpers/render';

const northwind = sampleText('northwind');
const broken = northwind.replace('owner: cmo\n', 'owner: [cmo\n');
const URI = 'file:///w/northwind.strategy.yaml';
/** The server's webview answer for this text as version `version`. */
const answer = (renders: PreviewRenders, version: number, text: string) =>
  renders.webview(URI, version, FEATURES.preview(analysisOf(text), TODAY));

describe('PreviewRenders (the server keeps the last good body of each document)', () => {
  test('a good version is its own body, with the webview style', () => {
    const r = answer(new PreviewRenders(), 1, northwind);
    assert.equal(r.body, renderBody(analysisOf(northwind), { today: TODAY }));
    assert.deepEqual([r.uri, r.version, r.broken, r.stale, r.style], [URI, 1, false, false, WEBVIEW_STYLE]);
    assert.match(r.title, /^Northwind Outfitters Social Business Strategy/);
  });

  test('when the YAML breaks, the last good body under a banner naming the problem: as renderBody(lastGood, { staleBecause })', () => {
    const renders = new PreviewRenders();
    answer(renders, 1, northwind);
    const u = answer(renders, 2, broken);
    assert.equal(u.broken, true);
    assert.equal(u.stale, true);
    assert.equal(u.version, 2);
    assert.match(u.body, /last version that could be read/);
    assert.match(u.body, /YAML syntax error/);
    assert.ok(u.body.includes('data-id="ambassador-reach"'), 'the good version is shown');
    assert.equal(u.body, renderBody(analysisOf(northwind), { today: TODAY, staleBecause: analysisOf(broken) }));
    const fixed = answer(renders, 3, northwind);
    assert.equal(fixed.stale, false);
    assert.doesNotMatch(fixed.body, /class="banner"/);
  });

  test('a file broken from the start shows what could be read; a closed document forgets its last good body', () => {
    const renders = new PreviewRenders();
    const u = answer(renders, 1, broken);
    assert.equal(u.broken, true);
    assert.equal(u.stale, false);
    assert.match(u.body, /could not be read in full/);
    answer(renders, 2, northwind);
    renders.forget(URI);
    assert.equal(answer(renders, 3, broken).stale, false);
  });

  test('a last good body newer than the broken version asked for is not shown over it', () => {
    const renders = new PreviewRenders();
    answer(renders, 5, northwind);
    assert.equal(answer(renders, 4, broken).stale, false);
  });
});

describe('PreviewContent (the client shows only newer or different answers)', () => {
  const result = (version: number, body: string): PreviewResult => ({
    uri: URI,
    version,
    title: 't',
    body,
    style: 's',
    broken: false,
    stale: false,
  });

  test('shows a new version, skips an older one or the same body, shows the same version re-rendered (new settings)', () => {
    const c = new PreviewContent();
    assert.equal(c.update(null), undefined, 'no answer (the server has not the document yet)');
    assert.equal(c.update(result(2, 'a'))?.body, 'a');
    assert.equal(c.update(result(1, 'old')), undefined, 'an older version never replaces a newer one');
    assert.equal(c.update(result(2, 'a')), undefined, 'already shown');
    assert.equal(c.update(result(2, 'b'))?.body, 'b', 'the same version under new settings');
    assert.equal(c.update(result(3, 'c'))?.version, 3);
    assert.equal(c.latest?.body, 'c');
    c.invalidate();
    assert.equal(c.update(result(3, 'c'))?.body, 'c', 'after invalidate (a server restart) the answer is shown again');
  });
});

describe('messages', () => {
  test('only well-formed page messages pass', () => {
    assert.deepEqual(parsePreviewMessage({ type: 'reveal', line: 4 }), { type: 'reveal', line: 4 });
    assert.deepEqual(parsePreviewMessage({ type: 'didScroll', line: 0, extra: 1 }), { type: 'didScroll', line: 0 });
    assert.deepEqual(parsePreviewMessage({ type: 'ready' }), { type: 'ready' });
    for (const bad of [
      null,
      'reveal',
      { type: 'reveal' },
      { type: 'reveal', line: -1 },
      { type: 'reveal', line: 1.5 },
      { type: 'run', line: 1 },
    ]) {
      assert.equal(parsePreviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  test('a reveal names its file only by a relative path (a strategy across files)', () => {
    assert.deepEqual(parsePreviewMessage({ type: 'reveal', line: 2, file: 'conversations/media.strategy.yaml' }), {
      type: 'reveal',
      line: 2,
      file: 'conversations/media.strategy.yaml',
    });
    assert.deepEqual(parsePreviewMessage({ type: 'reveal', line: 2, file: '../shared/liability.strategy.yaml' }), {
      type: 'reveal',
      line: 2,
      file: '../shared/liability.strategy.yaml',
    });
    assert.deepEqual(parsePreviewMessage({ type: 'didScroll', line: 2, file: 'a.strategy.yaml' }), {
      type: 'didScroll',
      line: 2,
    });
    for (const file of [
      '',
      '/etc/passwd',
      'file:///etc/passwd',
      'C:/x.strategy.yaml',
      'a\\b.strategy.yaml',
      'a//b.strategy.yaml',
      3,
      null,
    ]) {
      assert.equal(parsePreviewMessage({ type: 'reveal', line: 2, file }), undefined, JSON.stringify(file));
    }
  });

  test('the saved state keeps a source and a line, nothing else', () => {
    assert.deepEqual(parsePreviewState({ source: 'file:///a', line: 3, x: 1 }), { source: 'file:///a', line: 3 });
    assert.deepEqual(parsePreviewState({ source: 3, line: 'x' }), { source: undefined, line: undefined });
    assert.deepEqual(parsePreviewState(undefined), {});
  });
});

test('ScrollEchoGuard: editor scrolls right after our own reveal are echoes, later ones are the user', () => {
  let now = 1000;
  const guard = new ScrollEchoGuard(() => now, 300);
  assert.equal(guard.isEcho(), false);
  guard.expectEcho();
  assert.equal(guard.isEcho(), true);
  now += 299;
  assert.equal(guard.isEcho(), true, 'smooth scrolling reports several ranges');
  now += 1;
  assert.equal(guard.isEcho(), false);
});
