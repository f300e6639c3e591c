/**
 * Opening a strategy file activates the extension, starts the language server, and the editor shows
 * exactly the diagnostics `strategy check` reports for the sample.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze, type Severity } from '../../../server/src/core';
import { toDiagnostics } from '../../../server/src/cli/diagnostics';
import { codeOf, copySample, diagnosticsWhere, extension, show, strategyDiagnostics, api } from './helpers';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * What the sample's TODO comments announce, but goal-overdue: the server checks against today's date,
 * and the sample's later goals (2027-09-30, 2027-12-31) become overdue in their turn. social-media's review and
 * the follower-growth goal are overdue for good.
 */
const SAMPLE_CODES = [
  'duplicate-id',
  'missing-conversation',
  'missing-conversation',
  'missing-owner',
  'missing-participant',
  'review-missing',
  'review-overdue',
  'schema',
  'sponsor-absent',
  'uncovered-liability',
  'unknown-reference',
  'unknown-role',
  'unmitigated-liability',
];

suite('Activation and diagnostics', () => {
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    uri = await copySample('activation.strategy.yaml');
  });

  test('the extension waits for a strategy file before it activates', () => {
    assert.strictEqual(extension().isActive, false, 'activated before any strategy file was opened');
  });

  test('opening a *.strategy.yaml gives it the strategy language and activates the extension', async () => {
    doc = (await show(uri)).document;
    assert.strictEqual(doc.languageId, 'strategy');
    await diagnosticsWhere(uri, 'the first report', (d) => d.length > 0);
    assert.strictEqual(extension().isActive, true);
    assert.strictEqual(api().state, 'running');
    assert.ok(api().hasReported(uri), 'the client counts the file as reported');
  });

  test('the diagnostics have the codes the sample announces, from source "strategy"', () => {
    const diagnostics = strategyDiagnostics(uri);
    assert.deepStrictEqual(
      diagnostics
        .map(codeOf)
        .filter((c) => c !== 'goal-overdue')
        .sort(),
      SAMPLE_CODES,
    );
    assert.ok(
      diagnostics.some((d) => codeOf(d) === 'goal-overdue' && /follower-growth/.test(d.message)),
      'follower-growth is overdue',
    );
    const unknownRole = diagnostics.find((d) => codeOf(d) === 'unknown-role')!;
    assert.strictEqual(unknownRole.severity, vscode.DiagnosticSeverity.Error);
    assert.match(unknownRole.message, /"gneral-counsel"/);
    assert.match(unknownRole.message, /general-counsel/);
    assert.strictEqual(doc.getText(unknownRole.range), 'gneral-counsel', 'the range is the role value');
  });

  test('they are exactly what the command line reports (codes, severities, messages, ranges)', () => {
    const expected = toDiagnostics(analyze(doc.getText(), doc.uri.fsPath)).map((d) => ({
      code: d.code,
      severity: SEVERITY[d.severity],
      message: d.message,
      range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
    }));
    const shown = vscode.languages
      .getDiagnostics(uri)
      .filter((d) => d.source === 'strategy')
      .map((d) => ({
        code: codeOf(d),
        severity: d.severity,
        message: d.message,
        range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      }));
    assert.deepStrictEqual(shown, expected);
  });
});
