// Layout, order, comments and quoting are no change: reformatted pairs give no records, by hand and
// generated from the samples through yaml's Document API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, Scalar, visit } from 'yaml';
import { diffTexts, FULL } from '../helpers/diff';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const texts: [string, string][] = [
  ['FULL', FULL],
  ...fs
    .readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.strategy.yaml'))
    .map((f): [string, string] => [f, fs.readFileSync(path.join(SAMPLES, f), 'utf8')]),
];

interface Style {
  flow: boolean;
  quote: Scalar.Type;
  reverseKeys: boolean;
  indent: number;
}

/** The same data written another way: flow or block collections, quoted strings, keys in reverse order, another indent. */
function reformat(text: string, style: Style): string {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: false });
  visit(doc, {
    Map(_, map) {
      map.flow = style.flow;
      if (style.reverseKeys) map.items.reverse();
    },
    Seq(_, seq) {
      seq.flow = style.flow;
    },
    Scalar(_, s) {
      if (typeof s.value === 'string') s.type = style.quote;
      s.commentBefore = undefined;
      s.comment = undefined;
    },
  });
  return doc.toString({ indent: style.indent, lineWidth: 0 });
}

const STYLES: Style[] = [
  { flow: true, quote: 'QUOTE_DOUBLE', reverseKeys: false, indent: 2 },
  { flow: false, quote: 'QUOTE_SINGLE', reverseKeys: true, indent: 4 },
  { flow: false, quote: 'PLAIN', reverseKeys: true, indent: 3 },
];

for (const [name, text] of texts) {
  for (const [i, style] of STYLES.entries()) {
    test(`${name} reformatted (style ${i + 1}) gives no records`, () => {
      const again = reformat(text, style);
      assert.notEqual(again, text, 'the text did change');
      assert.deepEqual(parseDocument(again).toJS(), parseDocument(text).toJS(), 'the data did not');
      assert.deepEqual(diffTexts(text, again), []);
    });
  }
}

test('by hand: flow and block, comments, quoting, the order of keys, conversations, items and list entries', () => {
  const before = `strategy: Acme
organization: Acme Corp
sponsor: cio
review: { cadence: quarterly, last: 2026-10-01 }
conversations:
  social-media:
    owner: cmo
    participants: [pr-lead, sales-lead, cio]
    goals:
      - { id: reach, statement: Reach, owner: cmo, due: 2027-01-31 }
      - id: advocacy
        statement: Grow advocacy
        owner: cmo
  social-liability:
    owner: general-counsel
    participants: [cso, chief-regulatory-officer, cio]
    liabilities:
      - id: claims
        title: Claims
        owner: cso
        covers: [reach, advocacy]
        mitigations: [Review, Training]
`;
  const after = `# The strategy, reviewed quarterly.
conversations:
  social-liability:   # legal's conversation
    participants:
      - cio
      - "chief-regulatory-officer"
      - cso
    owner: 'general-counsel'
    liabilities:
      - mitigations:
          - Training
          - "Review"
        covers: [advocacy, reach]
        owner: cso
        title: "Claims"
        id: claims
  social-media:
    goals:
      - id: advocacy
        owner: cmo
        statement: "Grow advocacy"

      - id: reach
        due: 2027-01-31
        owner: cmo
        statement: Reach
    participants: [cio, sales-lead, pr-lead]
    owner: cmo
review:
  last: "2026-10-01"
  cadence: quarterly
sponsor: "cio"
organization: Acme Corp
strategy: 'Acme'
`;
  assert.ok(diffTexts(before, before.replace('owner: cso', 'owner: cmo')).length > 0, 'a real change shows');
  assert.deepEqual(diffTexts(before, after), []);
});
