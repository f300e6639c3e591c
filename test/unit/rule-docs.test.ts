// docs/rules/<code>.md: one page per rule code, whose example fires the rule where the page says,
// and whose fixed example does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, type RuleCode } from '../../server/src/core';
import { toDiagnostics } from '../../server/src/cli/diagnostics';
import { RULE_CODES } from '../../server/src/core/ruleDocs';
import { ruleDocText, ruleDocUri } from '../../server/src/node/ruleDocs';
import { StrategyComposer } from '../../server/src/core/compose';
import { memoryHost } from '../../server/src/core/host';
import { strategyDiagnostics } from '../../server/src/cli/diagnostics';

const DIR = path.join(__dirname, '..', '..', 'docs', 'rules');
const CODES: readonly RuleCode[] = RULE_CODES;

/** The fenced blocks of a language in one `## heading` section of a page. */
function blocks(page: string, heading: string, lang: string): string[] {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start < 0) return [];
  const next = page.indexOf('\n## ', start + 4);
  const section = page.slice(start, next < 0 ? undefined : next);
  return [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

/**
 * A strategy across files: yaml blocks that start with `# file: NAME` are the files of one folder;
 * every file's diagnostics of `code`, named by NAME, in file-name order.
 */
function reportedAcross(files: string[], code: RuleCode): string[] {
  const byName = new Map(files.map((f) => [f.slice('# file: '.length, f.indexOf('\n')).trim(), f]));
  const host = memoryHost(new Map([...byName].map(([name, text]) => [`/example/${name}`, text])));
  const composer = new StrategyComposer(host, { today: '2026-11-25' });
  const out: string[] = [];
  for (const name of [...byName.keys()].sort()) {
    const file = `/example/${name}`;
    const r = composer.compose(file);
    if ('error' in r) continue;
    for (const d of strategyDiagnostics(r, file).filter((x) => x.code === code)) {
      out.push(`${name}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code}`);
    }
  }
  return out;
}

function reported(text: string, code: RuleCode): string[] {
  const maxFileSize = code === 'file-too-large' ? 100 : undefined;
  return toDiagnostics(analyze(text, 'acme.strategy.yaml', { today: '2026-11-25', maxFileSize }))
    .filter((d) => d.code === code)
    .map((d) => `acme.strategy.yaml:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code}`);
}

test('every rule code has a page, and the link is a file: URI of that page (no made-up web address)', () => {
  assert.equal(CODES.length, 16);
  for (const code of CODES) {
    assert.ok(fs.existsSync(path.join(DIR, `${code}.md`)), `docs/rules/${code}.md`);
    const uri = ruleDocUri(code)!;
    assert.match(uri, /^file:\/\//);
    assert.equal(fileURLToPath(uri), path.join(DIR, `${code}.md`));
    assert.equal(ruleDocText(code), fs.readFileSync(path.join(DIR, `${code}.md`), 'utf8'));
  }
});

for (const code of CODES) {
  test(`docs/rules/${code}.md: the example fires where the page says, the fix does not`, () => {
    const page = fs.readFileSync(path.join(DIR, `${code}.md`), 'utf8');
    for (const heading of ['What it checks', 'Example', 'How to fix', 'Switching it off']) {
      assert.ok(page.includes(`\n## ${heading}\n`), `section "${heading}"`);
    }
    assert.match(page, /\*\*Default severity:\*\* \w+/);
    const examples = blocks(page, 'Example', 'yaml');
    const [example] = examples;
    assert.ok(example, 'an example');
    const shown = blocks(page, 'Example', 'text')[0]
      .trim()
      .split('\n')
      .map((l) => l.split(' ').slice(0, 3).join(' '));
    const across = example.startsWith('# file: ');
    assert.deepEqual(shown, across ? reportedAcross(examples, code) : reported(example, code));
    const fixes = blocks(page, 'How to fix', 'yaml');
    if (across) assert.deepEqual(reportedAcross(fixes, code), [], 'the fixed example is clean');
    else for (const fixed of fixes) assert.deepEqual(reported(fixed, code), [], 'the fixed example is clean');
    assert.ok(page.includes(`--rule ${code}=off`) && page.includes(`"${code}": "off"`));
  });
}
