// Test helpers over the diff engine: two texts in, records (or compact rows of them) out.
import { analyze } from '../../server/src/core';
import { diffStrategies, oneFileSide, type ChangeRecord, type DiffSide } from '../../server/src/core/diff';
import { renderCompareBody } from '../../server/src/core/render';
import { TODAY } from './core';

/** One side as `strategy diff` builds it: default severities, before suppressions. */
export function sideOf(text: string, name = 'test.strategy.yaml', today = TODAY): DiffSide {
  return oneFileSide(name, analyze(text, name, { today, ignoreSuppressions: true }));
}

export function diffTexts(before: string, after: string, today = TODAY): ChangeRecord[] {
  return diffStrategies(sideOf(before, 'old.strategy.yaml', today), sideOf(after, 'new.strategy.yaml', today));
}

/** `kind id change field impact` per record (field `-` when absent), the spec's set of a change. */
export function rowsOf(records: readonly ChangeRecord[]): string[] {
  return records.map((r) => `${r.kind} ${r.id} ${r.change} ${r.field ?? '-'} ${r.impact}`);
}

export function diffRows(before: string, after: string, today = TODAY): string[] {
  return rowsOf(diffTexts(before, after, today));
}

/** A strategy with an item of every kind, a declared role and two reviews, and no problem on TODAY. */
export const FULL = `strategy: Test strategy
organization: Test Co
version: "1"
sponsor: cio
review: { cadence: quarterly, last: 2026-10-01 }
roles:
  community-manager: { title: Community Manager, function: marketing }
conversations:
  social-media:
    owner: cmo
    participants: [pr-lead, sales-lead, cio]
    summary: Engage customers
    goals:
      - id: advocacy
        statement: Grow advocacy
        owner: cmo
        due: 2027-03-31
        status: active
    applications:
      - id: brand-blog
        name: Brand blog
        owner: community-manager
        platform: wordpress
        audience: internal
        data: [public]
  social-networking:
    owner: chro
    participants: [sales-lead, coo, cio]
  social-support:
    owner: support-lead
    participants: [cio]
  social-innovation:
    owner: rnd-lead
    participants: [cio]
  social-technologies:
    owner: cio
    participants: [it-leadership]
    platforms:
      - id: wordpress
        name: WordPress
        owner: it-leadership
        sourcing: saas
        hosting: internal
  social-liability:
    owner: general-counsel
    participants: [cso, chief-regulatory-officer, cio]
    review: { cadence: monthly, last: 2026-11-01 }
    liabilities:
      - id: blog-claims
        title: Product claims
        category: legal
        owner: general-counsel
        covers: [brand-blog]
        mitigations: [Legal review]
        status: mitigated
`;

/** Replaces each `from` (which must occur exactly once) by its `to`. */
export function edit(text: string, ...pairs: [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

/** The preview body in compare mode for `before` -> `after`, as the server renders it (`label` names the base). */
export function compareBody(before: string, after: string, label = 'HEAD', today = TODAY): string {
  const base = analyze(before, 'old.strategy.yaml', { today, ignoreSuppressions: true });
  const head = analyze(after, 'new.strategy.yaml', { today, ignoreSuppressions: true });
  const records = diffStrategies(oneFileSide('old.strategy.yaml', base), oneFileSide('new.strategy.yaml', head));
  return renderCompareBody(head, { today, label, records, base });
}
