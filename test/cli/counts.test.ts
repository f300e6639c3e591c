// One count everywhere: for the same file, `strategy check`'s summary, the preview's header and the
// status bar give the same total in the same words (information and hints are "notes" in all three).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import { toDiagnostics } from '../../server/src/cli/diagnostics';
import { renderHtml } from '../../server/src/core/render';
import { countProblems, problemsView } from '../../client/src/status/problemCounts';
import { ROOT, runCli } from '../helpers/cli';

const TODAY = '2026-11-25';
const VSCODE_SEVERITY = { error: 0, warning: 1, information: 2, hint: 3 } as const;

for (const sample of ['draft.strategy.yaml', 'northwind.strategy.yaml']) {
  test(`${sample}: the command line, the preview header and the status bar count alike`, () => {
    const file = path.join('samples', sample);
    const cli = runCli(['check', file, '--today', TODAY]);
    const said = /^(.*) in 1 file$/m.exec(cli.stderr)?.[1];
    assert.ok(said, cli.stderr);

    const analysis = analyze(fs.readFileSync(path.join(ROOT, file), 'utf8'), file, { today: TODAY });
    const html = renderHtml(analysis, { today: TODAY, mode: 'export' });
    const tile =
      /<div class="kpi-value">(\d+)<\/div><div class="kpi-label">Problems<\/div><div class="kpi-note">([^<]*)<\/div>/.exec(
        html,
      );
    assert.ok(tile, 'the header has a Problems tile');
    assert.equal(tile[2], said);
    const diagnostics = toDiagnostics(analysis);
    assert.equal(Number(tile[1]), diagnostics.length);
    assert.equal(cli.stdout.trimEnd().split('\n').filter(Boolean).length, diagnostics.length);

    const status = problemsView(
      countProblems(diagnostics.map((d) => ({ source: 'strategy', severity: VSCODE_SEVERITY[d.severity] }))),
    );
    if (diagnostics.length) assert.equal(status.tooltip, `Strategy: ${said}. Click to open Problems.`);
    else assert.equal(status.text, '$(check) Strategy');
  });
}
