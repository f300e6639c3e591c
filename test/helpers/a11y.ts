// The accessibility tests' tools: axe-core run in a page (the local axe.min.js, no network) and the
// preview in compare mode on the Northwind sample (an owner changed, an application added, a goal
// removed, an application left uncovered: every kind of mark and a regression).
import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import { webviewPage } from '../../client/src/preview/page';
import { WEBVIEW_STYLE } from '../../server/src/core/render';
import { compareBody, edit } from './diff';
import { sampleText, WEBVIEW_SCRIPT_URL } from './render';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The rules of WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: AxeNode[];
}

/**
 * The violations of impact serious or critical on the page, one line each (rule, element, why).
 * axe's source is evaluated through the DevTools protocol: the pages' CSP (nonce or hash only)
 * rightly refuses a script tag that Playwright's addScriptTag would add, and it stays on.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: { run(c: Document, o: object): Promise<{ violations: AxeViolation[] }> };
        }
      ).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations),
    WCAG_TAGS,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
      ),
    );
}

const NORTHWIND = sampleText('northwind');

/** Northwind at HEAD and in the working tree: changed, added, removed and a regression. */
export const COMPARE_AFTER = edit(
  NORTHWIND,
  [
    '    owner: cmo\n    participants: [pr-lead, sales-lead, community-manager, cio]',
    '    owner: pr-lead\n    participants: [pr-lead, sales-lead, community-manager, cio]',
  ],
  ['        covers: [partner-exchange, field-test-panel]\n', '        covers: [partner-exchange]\n'],
  [
    '      - id: field-test-panel-size\n        statement: Build a standing panel of field testers across our five climates\n        owner: rnd-lead\n        metric: Active field testers under NDA\n        target: 300\n        due: 2030-06-30\n        status: planned\n',
    '',
  ],
  [
    '        name: Prototype field-test panel\n        owner: rnd-lead\n        platform: partner-portal\n        audience: partners\n        data: [confidential]\n',
    '        name: Prototype field-test panel\n        owner: rnd-lead\n        platform: partner-portal\n        audience: partners\n        data: [confidential]\n      - id: trail-stories\n        name: Trail stories podcast\n        owner: rnd-lead\n        audience: external\n        data: [public]\n',
  ],
);

/** The webview page in compare mode ("Changes since HEAD") for Northwind -> COMPARE_AFTER. */
export function northwindComparePage(): string {
  return webviewPage({
    title: 'Northwind Outfitters Social Business Strategy',
    body: compareBody(NORTHWIND, COMPARE_AFTER, 'HEAD'),
    style: WEBVIEW_STYLE,
    nonce: 'test-nonce',
    cspSource: 'vscode-webview://test',
    scriptUri: WEBVIEW_SCRIPT_URL,
    settings: { source: 'file:///w/northwind.strategy.yaml' },
  });
}
