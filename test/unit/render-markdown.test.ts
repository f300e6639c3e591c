// renderMarkdown: the same view as the HTML, as plain Markdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdown, sampleText } from '../helpers/render';

const draft = markdown(sampleText('draft'));
const northwind = markdown(sampleText('northwind'));

test('sections in the order of the HTML page', () => {
  const headings = northwind.split('\n').filter((l) => /^#{1,2} /.test(l));
  assert.deepEqual(headings, [
    '# Northwind Outfitters Social Business Strategy',
    '## The six conversations',
    '## Who sits at which table',
    '## Liability coverage',
    '## Review timeline',
    '## Problems',
  ]);
  const cards = northwind.split('\n').filter((l) => l.startsWith('### ') && /\(social-/.test(l));
  assert.deepEqual(
    cards.map((l) => /\((social-[a-z]+)\)/.exec(l)![1]),
    [
      'social-media',
      'social-networking',
      'social-support',
      'social-innovation',
      'social-technologies',
      'social-liability',
    ],
  );
});

test('header facts, seats with functions, goals, coverage and problems of the draft', () => {
  assert.match(draft, /^\*\*Harbor Point Credit Union\*\* · Social business strategy · version 0\.3$/m);
  assert.match(draft, /^\| Sponsor \| Chief Information Officer \(cio\) \|$/m);
  assert.match(draft, /^\| Strategy review \| No review set \|$/m);
  assert.match(draft, /^- \*\*At the table:\*\* Head of Sales \(sales-lead, sales\), /m);
  assert.match(draft, /^### 2\. Social networking \(social-networking\) — not convened$/m);
  assert.match(
    draft,
    /Convene it: invite Chief Human Resources Officer \(chro\), Head of Sales \(sales-lead\), Chief Operating Officer \(coo\)/,
  );
  assert.match(
    draft,
    /^- Double our followers across Facebook and Instagram \(follower-growth\) — status active; \*\*overdue\*\*, due 2026-06-30;/m,
  );
  assert.match(
    draft,
    /^\| Ask Harbor Point member forum \(application; external audience, customer-pii data\) \| {2}\| {2}\| {2}\| \*\*UNCOVERED\*\* \|$/m,
  );
  assert.match(
    draft,
    /^\| Social media \| quarterly \| 2026-03-31 \| 2026-06-30 \| \*\*Review overdue since 2026-06-30\*\* \|$/m,
  );
  assert.match(draft, /^5 errors, 6 warnings, 3 information, 0 hints/m);
  assert.match(draft, /^- line 65, unknown-reference: Application post-scheduler runs on "hootsuite"/m);
  assert.match(northwind, /No problems: the strategy passes every check/);
});
