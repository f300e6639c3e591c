// The preview's logic that needs no VS Code: versions, the last good render, messages, the scroll echo guard.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PreviewContent } from '../../client/src/preview/content';
import { parsePreviewMessage, parsePreviewState } from '../../client/src/preview/messages';
import { ScrollEchoGuard } from '../../client/src/preview/scrollSync';
import { TODAY } from '../helpers/core';
import { sampleText, tags } from '../helpers/render';

const northwind = sampleText('northwind');
const broken = northwind.replace('owner: cmo\n', 'owner: [cmo\n');
const doc = (version: number, text: string) => ({ uri: 'file:///w/northwind.strategy.yaml', version, text });

describe('PreviewContent', () => {
  test('renders a new version, skips one already shown, renders again when the options change', () => {
    const c = new PreviewContent();
    const first = c.update(doc(1, northwind), { today: TODAY });
    assert.ok(first && first.body.includes('Northwind Outfitters') && !first.broken && !first.stale);
    assert.equal(c.update(doc(1, northwind), { today: TODAY }), undefined);
    const second = c.update(doc(2, northwind.replace('Northwind Outfitters Social', 'Northwind Social')), { today: TODAY });
    assert.ok(second?.body.includes('Northwind Social Business Strategy'));
    const overridden = c.update(doc(2, northwind), { today: TODAY, rules: { 'review-missing': 'off' } });
    assert.ok(overridden, 'new options render the same version again');
    c.invalidate();
    assert.ok(c.update(doc(2, northwind), { today: TODAY, rules: { 'review-missing': 'off' } }));
  });

  test('when the YAML breaks, keeps the last good render under a banner naming the problem', () => {
    const c = new PreviewContent();
    c.update(doc(1, northwind), { today: TODAY });
    const u = c.update(doc(2, broken), { today: TODAY })!;
    assert.equal(u.broken, true);
    assert.equal(u.stale, true);
    assert.match(u.body, /last version that could be read/);
    assert.match(u.body, /YAML syntax error/);
    assert.ok(u.body.includes('data-id="ambassador-reach"'), 'the good version is shown');
    const fixed = c.update(doc(3, northwind), { today: TODAY })!;
    assert.equal(fixed.stale, false);
    assert.doesNotMatch(fixed.body, /class="banner"/);
  });

  test('a file broken from the start shows what could be read', () => {
    const c = new PreviewContent();
    const u = c.update(doc(1, broken), { today: TODAY })!;
    assert.equal(u.broken, true);
    assert.equal(u.stale, false);
    assert.match(u.body, /could not be read in full/);
  });

  test('page() wraps the current body in a webview page with the nonce and the settings', () => {
    const c = new PreviewContent();
    c.update(doc(1, northwind), { today: TODAY });
    const page = c.page({ nonce: 'abc', cspSource: 'vscode-webview://1', settings: { source: 'file:///w/northwind.strategy.yaml', line: 40 } });
    assert.ok(page.includes(c.latest!.body));
    assert.equal(tags(page).find((t) => t.name === 'script')!.attrs.nonce, 'abc');
    assert.match(page, /<title>Northwind Outfitters Social Business Strategy — Northwind Outfitters<\/title>/);
  });
});

describe('messages', () => {
  test('only well-formed page messages pass', () => {
    assert.deepEqual(parsePreviewMessage({ type: 'reveal', line: 4 }), { type: 'reveal', line: 4 });
    assert.deepEqual(parsePreviewMessage({ type: 'didScroll', line: 0, extra: 1 }), { type: 'didScroll', line: 0 });
    assert.deepEqual(parsePreviewMessage({ type: 'ready' }), { type: 'ready' });
    for (const bad of [null, 'reveal', { type: 'reveal' }, { type: 'reveal', line: -1 }, { type: 'reveal', line: 1.5 }, { type: 'run', line: 1 }]) {
      assert.equal(parsePreviewMessage(bad), undefined, JSON.stringify(bad));
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
