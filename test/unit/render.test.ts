// The renderer on the samples: order of the cards, source lines and ids, coverage, reviews, the page shell.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { CONVERSATION_IDS } from '../../server/src/core';
import { analysisOf, html, sampleText, tags, withClass } from '../helpers/render';

const northwind = sampleText('northwind');
const draft = sampleText('draft');

describe('renderHtml on the samples', () => {
  test('shows the six conversations as cards in canonical order, whatever the file order', () => {
    const reordered = northwind.replace(/\n {2}social-media:/, '\n  social-mediaX:');
    for (const page of [html(northwind), html(draft), html(reordered)]) {
      const cards = withClass(page, 'conv')
        .filter((t) => t.name === 'article')
        .map((t) => t.attrs['data-id']);
      assert.deepEqual(cards, [...CONVERSATION_IDS]);
    }
  });

  test('every data-line with a data-id points at a source line that names that id', () => {
    for (const text of [northwind, draft]) {
      const lines = text.split('\n');
      const marked = tags(html(text)).filter((t) => t.attrs['data-line'] !== undefined);
      assert.ok(marked.length > 100, `only ${marked.length} elements carry data-line`);
      for (const t of marked) {
        const line = Number(t.attrs['data-line']);
        assert.ok(Number.isInteger(line) && line >= 0 && line < lines.length, t.raw);
        const id = t.attrs['data-id'];
        if (id !== undefined)
          assert.ok(lines[line].includes(id), `line ${line} "${lines[line]}" does not name ${id} (${t.raw})`);
      }
    }
  });

  test('every goal, application, platform, liability, participant and matrix row carries its line', () => {
    const page = html(northwind);
    const items = withClass(page, 'item');
    assert.equal(
      items.length,
      northwind.match(/^ {6}- id: /gm)!.length,
      'every goal, application, platform and liability',
    );
    for (const t of items) {
      assert.ok(t.attrs['data-line'] && t.attrs['data-id'], t.raw);
    }
    const goal = items.find((t) => t.attrs['data-id'] === 'ambassador-reach')!;
    assert.equal(northwind.split('\n')[Number(goal.attrs['data-line'])].trim(), '- id: ambassador-reach');
    const rows = tags(page).filter((t) => t.name === 'tr' && t.attrs['data-line'] !== undefined);
    assert.ok(rows.length >= 13 + 19 + 7, `${rows.length} rows`);
  });

  test('marks the uncovered application of the draft, in its card and in the coverage matrix', () => {
    const page = html(draft);
    const uncovered = withClass(page, 'uncovered').map((t) => `${t.name}#${t.attrs['data-id']}`);
    assert.deepEqual(uncovered.sort(), ['li#member-forum', 'tr#member-forum']);
    assert.deepEqual(withClass(html(northwind), 'uncovered'), []);
    const covered = withClass(page, 'covered').map((t) => t.attrs['data-id']);
    assert.deepEqual(covered, ['facebook-page', 'facebook']);
  });

  test('marks overdue reviews and goals', () => {
    const page = html(draft);
    const overdue = withClass(page, 'overdue');
    const goals = overdue.filter((t) => t.attrs['data-id'] === 'follower-growth');
    assert.ok(
      goals.some((t) => t.name === 'li') && goals.some((t) => t.name === 'tr'),
      'the goal in its card and in the deadlines',
    );
    const reviewRows = overdue.filter((t) => t.name === 'tr' && (t.attrs.class ?? '').includes('review-overdue'));
    // social-media's own review is overdue; the others are on time, or (social-support) have none.
    assert.deepEqual(
      reviewRows.map((t) => t.attrs['data-id'] ?? 'strategy'),
      ['social-media'],
    );
    assert.deepEqual(withClass(html(northwind), 'overdue'), []);
    // A later day makes Northwind's monthly reviews overdue too.
    const later = withClass(html(northwind, { today: '2027-02-01' }), 'overdue').filter((t) => t.name === 'tr');
    assert.ok(later.some((t) => t.attrs['data-id'] === 'social-media'));
  });

  test('beyond twelve liabilities the coverage is a list per item, not a matrix', () => {
    const many = Array.from(
      { length: 13 },
      (_, i) =>
        `      - id: l${i}\n        title: Liability ${i}\n        owner: cso\n        covers: [${i === 0 ? 'facebook-page' : 'facebook'}]\n        mitigations: [m]`,
    ).join('\n');
    const text = draft.replace(/ {4}liabilities:\n[\s\S]*$/, `    liabilities:\n${many}\n`);
    const page = html(text);
    const table = page.slice(
      page.indexOf('<table class="coverage-matrix compact">'),
      page.indexOf('</table>', page.indexOf('coverage-matrix compact')),
    );
    assert.ok(table.length > 0, 'a compact table');
    assert.doesNotMatch(table, /liability-col/);
    assert.deepEqual(
      withClass(table, 'uncovered').map((t) => t.attrs['data-id']),
      ['member-forum'],
    );
    assert.match(
      table,
      /<tr class="application covered" data-line="\d+" data-id="facebook-page">[\s\S]*?Liability 0<\/span> <span[^>]*>Liability 1 <span class="muted">\(platform\)/,
    );
  });

  test('a missing conversation is a dashed card that says whom to invite', () => {
    const page = html(draft);
    const card = page.slice(page.indexOf('<article class="card conv missing" data-id="social-networking">'));
    const body = card.slice(0, card.indexOf('</article>'));
    for (const who of [
      'Chief Human Resources Officer',
      'chro',
      'Head of Sales',
      'Chief Operating Officer',
      'as sponsor',
    ]) {
      assert.ok(body.includes(who), who);
    }
    assert.equal(withClass(page, 'missing').length, 2);
  });

  test('the header shows title, organization, sponsor with its title, version and the review status', () => {
    const page = html(northwind);
    const header = page.slice(page.indexOf('<header'), page.indexOf('</header>'));
    for (const s of [
      'Northwind Outfitters Social Business Strategy',
      'Northwind Outfitters',
      'Chief Information Officer',
      '2027.1',
      'quarterly',
      '2026-10-30',
      'Next review 2027-01-30',
    ]) {
      assert.ok(header.includes(s), s);
    }
    assert.ok(html(draft).includes('Review overdue since 2026-06-30'));
    const draftHeader = html(draft).slice(0, html(draft).indexOf('</header>'));
    assert.ok(draftHeader.includes('No review set'), 'the draft has no strategy-wide review');
  });

  test('the roles matrix seats the owner and the participants of each conversation', () => {
    const page = html(northwind);
    const sponsorLine = northwind.split('\n').indexOf('sponsor: cio');
    const row = page.slice(page.indexOf(`<tr data-line="${sponsorLine}" data-id="cio">`));
    const cells = row.slice(0, row.indexOf('</tr>')).match(/<td class="seat-[a-z]+"/g)!;
    // cio: participant in four conversations, owner of social-technologies, participant in social-liability
    assert.deepEqual(
      cells.map((c) => c.slice(16, -1)),
      ['participant', 'participant', 'participant', 'participant', 'owner', 'participant'],
    );
  });

  test('the problems summary lists every problem with its line, by severity', () => {
    const page = html(draft);
    const problems = withClass(page, 'problem');
    assert.equal(problems.length, analysisOf(draft).problems.length);
    const severities = problems.map((t) => t.attrs.class.split(' ')[1]);
    assert.deepEqual(
      severities,
      [...severities].sort((a, b) => order(a) - order(b)),
    );
    assert.ok(page.includes('<span class="where">line 65</span><span class="code">unknown-reference</span>'));
    assert.ok(html(northwind).includes('No problems: the strategy passes every check.'));
  });
});

function order(sev: string): number {
  return ['sev-error', 'sev-warning', 'sev-information', 'sev-hint'].indexOf(sev);
}

describe('the page shell', () => {
  test('export: a strict CSP whose hash allows exactly the inline style, and no script', () => {
    const page = html(northwind);
    const csp = tags(page).find((t) => t.attrs['http-equiv'] === 'Content-Security-Policy')!.attrs.content;
    assert.match(csp, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1];
    assert.equal(
      `'sha256-${createHash('sha256').update(style).digest('base64')}'`,
      /style-src ('[^']+')/.exec(csp)![1],
    );
    assert.equal((page.match(/<script/g) ?? []).length, 0);
    assert.doesNotMatch(page, /https?:\/\//, 'no network address');
    assert.match(page, /@media print/);
  });

  test('export is deterministic: the same file and day give the same page', () => {
    assert.equal(html(northwind), html(northwind));
  });

  test('webview: CSP with the nonce and cspSource, nonce on style and script, settings for the script', () => {
    const page = html(northwind, {
      mode: 'webview',
      nonce: 'N0nce',
      cspSource: 'vscode-webview://x',
      settings: { source: 'file:///a"b.strategy.yaml', line: 3 },
    });
    const csp = tags(page).find((t) => t.attrs['http-equiv'] === 'Content-Security-Policy')!.attrs.content;
    assert.equal(
      csp,
      "default-src 'none'; style-src vscode-webview://x 'nonce-N0nce'; script-src 'nonce-N0nce'; img-src vscode-webview://x data:;",
    );
    assert.equal(
      tags(page)
        .filter((t) => t.name === 'script')
        .map((t) => t.attrs.nonce)
        .join(),
      'N0nce',
    );
    assert.equal(
      tags(page)
        .filter((t) => t.name === 'style')
        .map((t) => t.attrs.nonce)
        .join(),
      'N0nce',
    );
    const settings = tags(page).find((t) => t.attrs.id === 'strategy-preview-settings')!.attrs['data-settings'];
    assert.deepEqual(JSON.parse(settings), { source: 'file:///a"b.strategy.yaml', line: 3 });
    assert.match(page, /--vscode-editor-background/);
  });
});
