// Compare mode from the server (strategy/compare and strategy/reviewBase of server/src/protocol.ts),
// as the VS Code client asks for it: the base revision's text in, the records of `strategy diff` and
// the marked preview out, for each new version of the document (the preview stays live), on the main
// thread and in the analysis worker; an absent base is an added strategy; the user's severity
// settings shape the page but not the records; the commit of the last review by the CLI's rule.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WEBVIEW_STYLE } from '../../server/src/core/render';
import { CompareRequest, ReviewBaseRequest, type CompareResult } from '../../server/src/protocol';
import { LspHarness, positionOf, ROOT } from './harness';

const WORKED = path.join(ROOT, 'test', 'fixtures', 'diff', 'worked-example');
const OLD = fs.readFileSync(path.join(WORKED, 'old.strategy.yaml'), 'utf8');
const NEW = fs.readFileSync(path.join(WORKED, 'new.strategy.yaml'), 'utf8');
const EXPECTED = JSON.parse(fs.readFileSync(path.join(WORKED, 'expected.json'), 'utf8'))[0].changes as {
  kind: string;
  id: string;
  change: string;
  field?: string;
  impact: string;
  fingerprint: string;
}[];
const key = (r: { kind: string; id: string; change: string; field?: string; impact: string; fingerprint: string }) =>
  `${r.kind} ${r.id} ${r.change} ${r.field ?? '-'} ${r.impact} ${r.fingerprint}`;

function compare(
  h: LspHarness,
  uri: string,
  files: { path: string; text: string }[],
  label = 'HEAD',
): Promise<CompareResult | null> {
  return h.connection.sendRequest(CompareRequest, { textDocument: { uri }, base: { label, files } }).then((r) => {
    assert.ok(!r || !('needs' in r), 'a base without its path compares the text alone: no needs');
    return r;
  });
}

for (const where of ['main thread', 'analysis worker'] as const) {
  describe(`strategy/compare (${where})`, { timeout: 60_000 }, () => {
    let h: LspHarness;
    before(async () => {
      h = await LspHarness.start({
        env: where === 'analysis worker' ? { STRATEGY_LARGE_DOCUMENT: '100' } : { STRATEGY_ANALYSIS_WORKER: 'off' },
      });
    });
    after(async () => {
      await h?.stop();
    });

    test("the worked example: the spec's records and the marked body, for this version", async () => {
      const uri = `file:///w/${where.replace(' ', '-')}/new.strategy.yaml`;
      await h.open(uri, NEW);
      const answer = await compare(h, uri, [{ path: 'old.strategy.yaml', text: OLD }]);
      assert.ok(answer);
      assert.equal(answer.version, 1);
      assert.equal(answer.label, 'HEAD');
      assert.equal(answer.style, WEBVIEW_STYLE);
      assert.deepEqual(answer.records.map(key).sort(), EXPECTED.map(key).sort());
      assert.match(answer.body, /<h2>Changes since <span class="revision">HEAD<\/span><\/h2>/);
      assert.match(answer.body, /<article class="card conv changed" data-line="\d+" data-id="social-media">/);
      assert.match(
        answer.body,
        /<del class="before">cmo<\/del> <span class="arrow">→<\/span> <ins class="after">pr-lead<\/ins>/,
      );
    });

    test("stays live: an edit of the owner gives the next version's records", async () => {
      const uri = `file:///w/${where.replace(' ', '-')}/live.strategy.yaml`;
      await h.open(uri, OLD);
      const none = await compare(h, uri, [{ path: 'live.strategy.yaml', text: OLD }], 'main');
      assert.deepEqual(none?.records, []);
      assert.match(none.body, /No changes since main\./);
      const at = positionOf(OLD, 'owner: general-counsel', 0, 'owner: '.length);
      const published = h.nextDiagnostics(uri, 2);
      await h.change(uri, 2, [
        {
          range: { start: at, end: { line: at.line, character: at.character + 'general-counsel'.length } },
          text: 'cio',
        },
      ]);
      await published;
      const edited = await compare(h, uri, [{ path: 'live.strategy.yaml', text: OLD }], 'main');
      assert.equal(edited?.version, 2);
      const owner = edited.records.find((r) => r.kind === 'conversation' && r.field === 'owner');
      assert.deepEqual(owner && [owner.id, owner.before, owner.after, owner.head?.line], [
        'social-liability',
        'general-counsel',
        'cio',
        at.line,
      ]);
      assert.match(edited.body, /<article class="card conv changed" data-line="\d+" data-id="social-liability">/);
    });
  });
}

describe('compare mode: bases, settings and the review commit', { timeout: 60_000 }, () => {
  let h: LspHarness;
  before(async () => {
    h = await LspHarness.start({ initializationOptions: { today: '2026-11-25' } });
  });
  after(async () => {
    await h?.stop();
  });

  test('no file at the base revision: one `strategy added` record', async () => {
    const uri = 'file:///w/added.strategy.yaml';
    await h.open(uri, NEW);
    const answer = await compare(h, uri, [], 'HEAD~3');
    assert.deepEqual(
      answer?.records.map((r) => `${r.kind} ${r.change} ${r.impact}`),
      ['strategy added neutral'],
    );
    assert.match(answer.body, /Changes since <span class="revision">HEAD~3<\/span>/);
  });

  test('a rule turned off in the settings leaves the page but not the records (problems compare at default severities)', async () => {
    const uri = 'file:///w/settings.strategy.yaml';
    h.settings = () => ({ rules: { 'unmitigated-liability': 'off' } });
    await h.configurationChanged();
    await h.open(uri, NEW);
    const answer = await compare(h, uri, [{ path: 'settings.strategy.yaml', text: OLD }]);
    assert.ok(answer?.records.some((r) => r.kind === 'problem' && r.id.startsWith('unmitigated-liability')));
    assert.doesNotMatch(
      answer!.body.replace(/<section class="section changes"[\s\S]*?<\/section>/, ''),
      /unmitigated-liability/,
      "the page's own problems follow the settings",
    );
    h.settings = () => ({});
    await h.configurationChanged();
  });

  test('strategy/reviewBase: the last first-parent commit before the day after review.last, in UTC', async () => {
    const uri = 'file:///w/review.strategy.yaml';
    await h.open(uri, OLD); // review.last: 2026-01-15
    const t = (iso: string) => Date.parse(iso) / 1000;
    const history = [
      { hash: 'c3', time: t('2026-01-16T00:00:00Z') },
      { hash: 'c2', time: t('2026-01-15T23:59:59Z') },
      { hash: 'c1', time: t('2026-01-10T12:00:00Z') },
    ];
    assert.deepEqual(await h.connection.sendRequest(ReviewBaseRequest, { textDocument: { uri }, history }), {
      hash: 'c2',
      last: '2026-01-15',
    });
    assert.deepEqual(
      await h.connection.sendRequest(ReviewBaseRequest, { textDocument: { uri }, history: history.slice(0, 1) }),
      { last: '2026-01-15' },
      'no commit that old: no review commit',
    );
    assert.deepEqual(
      await h.connection.sendRequest(ReviewBaseRequest, {
        textDocument: { uri: 'file:///w/not-open.strategy.yaml' },
        history,
      }),
      {},
    );
  });
});
