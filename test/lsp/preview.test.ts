// The preview from the server (strategy/preview, strategy/template of server/src/protocol.ts), as the
// VS Code client asks for it: after each published analysis. A 10,000-line file's preview follows
// each keystroke, on the main thread and in the analysis worker; a broken version shows the last good
// body under a banner; the export page; the server's settings (initializationOptions.today) count.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { generateStrategy } from '../../bench/generate';
import { EXPORT_STYLE, WEBVIEW_STYLE } from '../../server/src/core/render';
import { PreviewRequest, TemplateRequest, type PreviewResult } from '../../server/src/protocol';
import { sampleText } from '../helpers/render';
import { LspHarness, positionOf } from './harness';

const big = generateStrategy({ lines: 10_000 }).text;
const ORG = 'organization: Contoso Outdoor';

function preview(h: LspHarness, uri: string, flavour: 'webview' | 'export' = 'webview'): Promise<PreviewResult | null> {
  return h.connection.sendRequest(PreviewRequest, { textDocument: { uri }, flavour });
}

for (const where of ['main thread', 'analysis worker'] as const) {
  describe(`the preview of a 10,000-line file (${where})`, { timeout: 120_000 }, () => {
    let h: LspHarness;
    before(async () => {
      h = await LspHarness.start({
        env: where === 'analysis worker' ? { STRATEGY_LARGE_DOCUMENT: '100000' } : { STRATEGY_ANALYSIS_WORKER: 'off' },
      });
    });
    after(async () => {
      await h?.stop();
    });

    test('follows each keystroke: after each published analysis the answer is that version, showing the typed text', async () => {
      const uri = `file:///w/${where.replace(' ', '-')}.strategy.yaml`;
      await h.open(uri, big);
      const first = await preview(h, uri);
      assert.equal(first?.version, 1);
      assert.ok(first.body.includes('Contoso Outdoor'));
      assert.equal(first.style, WEBVIEW_STYLE);
      const at = positionOf(big, ORG, 0, ORG.length);
      let typed = '';
      for (const [i, ch] of [...' Group'].entries()) {
        const version = i + 2;
        const published = h.nextDiagnostics(uri, version);
        await h.change(uri, version, [
          {
            range: {
              start: { line: at.line, character: at.character + i },
              end: { line: at.line, character: at.character + i },
            },
            text: ch,
          },
        ]);
        await published;
        typed += ch;
        const answer = await preview(h, uri);
        assert.equal(answer?.version, version);
        assert.ok(answer.body.includes(`Contoso Outdoor${typed.trimEnd()}`), `version ${version} shows "${typed}"`);
        assert.equal(answer.stale, false);
      }
    });
  });
}

describe('the preview request', { timeout: 60_000 }, () => {
  let h: LspHarness;
  before(async () => {
    h = await LspHarness.start({ initializationOptions: { today: '2031-01-15' } });
  });
  after(async () => {
    await h?.stop();
  });
  const northwind = sampleText('northwind');

  test('a broken version shows the last good body under a banner; fixed, the banner goes', async () => {
    const uri = 'file:///w/northwind.strategy.yaml';
    await h.open(uri, northwind);
    const good = (await preview(h, uri))!;
    assert.equal(good.stale, false);
    const published = h.nextDiagnostics(uri, 2);
    await h.change(uri, 2, northwind.replace('owner: cmo\n', 'owner: [cmo\n'));
    await published;
    const stale = (await preview(h, uri))!;
    assert.deepEqual([stale.version, stale.broken, stale.stale], [2, true, true]);
    assert.match(stale.body, /last version that could be read/);
    assert.ok(stale.body.endsWith(good.body), 'the last good body, under the banner');
    const fixed = h.nextDiagnostics(uri, 3);
    await h.change(uri, 3, northwind);
    await fixed;
    assert.equal((await preview(h, uri))!.body, good.body);
  });

  test("the server's settings count: reviews are checked against initializationOptions.today", async () => {
    const uri = 'file:///w/today.strategy.yaml';
    await h.open(uri, northwind);
    const answer = (await preview(h, uri))!;
    assert.match(answer.body, /reviews and goals checked against 2031-01-15/);
    assert.match(answer.body, /overdue/, 'in 2031 the 2026 reviews are overdue');
  });

  test('export: the standalone page, its only style allowed by its hash, no script', async () => {
    const uri = 'file:///w/export.strategy.yaml';
    await h.open(uri, northwind);
    const answer = (await preview(h, uri, 'export'))!;
    assert.equal(answer.style, EXPORT_STYLE);
    const html = answer.html!;
    assert.ok(html.includes(answer.body));
    const hash = createHash('sha256').update(EXPORT_STYLE, 'utf8').digest('base64');
    assert.ok(html.includes(`style-src 'sha256-${hash}'`));
    assert.doesNotMatch(html, /<script/);
  });

  test('a document that is not open, or older than asked for, has no preview (null)', async () => {
    assert.equal(await preview(h, 'file:///w/never-opened.strategy.yaml'), null);
    const uri = 'file:///w/versions.strategy.yaml';
    await h.open(uri, northwind);
    assert.equal(
      await h.connection.sendRequest(PreviewRequest, { textDocument: { uri }, version: 7, flavour: 'webview' }),
      null,
    );
  });

  test("strategy/template: the strategy init template, dated the server's today", async () => {
    const { text } = await h.connection.sendRequest(TemplateRequest, {});
    assert.match(text, /^# Social business strategy of Our organization\./);
    assert.match(text, /last: 2031-01-15/);
    const named = await h.connection.sendRequest(TemplateRequest, { organization: 'Harbor Point' });
    assert.match(named.text, /organization: Harbor Point/);
  });
});
