/**
 * `strategy.rules` changed through the workspace configuration changes the severities the server
 * reports, without reopening the file; removing it brings the defaults back.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, copySample, diagnosticsWhere, show } from './helpers';

const severityOf = (code: string) => (d: vscode.Diagnostic[]) => d.find((x) => codeOf(x) === code)?.severity;

suite('Settings', () => {
  let uri: vscode.Uri;

  suiteSetup(async () => {
    uri = await copySample('settings.strategy.yaml');
    await show(uri);
    await diagnosticsWhere(
      uri,
      'an unknown-role error',
      (d) => severityOf('unknown-role')(d) === vscode.DiagnosticSeverity.Error,
    );
  });

  suiteTeardown(async () => {
    await vscode.workspace
      .getConfiguration('strategy', uri)
      .update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('"unknown-role": "warning" turns the unknown role into a warning', async () => {
    await vscode.workspace
      .getConfiguration('strategy', uri)
      .update('rules', { 'unknown-role': 'warning' }, vscode.ConfigurationTarget.Workspace);
    const d = await diagnosticsWhere(
      uri,
      'unknown-role as a warning',
      (x) => severityOf('unknown-role')(x) === vscode.DiagnosticSeverity.Warning,
    );
    assert.strictEqual(
      severityOf('unknown-reference')(d),
      vscode.DiagnosticSeverity.Error,
      'other rules keep their default',
    );
  });

  test('"off" removes the rule\'s diagnostics, the others stay', async () => {
    await vscode.workspace
      .getConfiguration('strategy', uri)
      .update('rules', { 'unknown-role': 'off', 'missing-participant': 'hint' }, vscode.ConfigurationTarget.Workspace);
    const d = await diagnosticsWhere(
      uri,
      'no unknown-role and missing-participant as a hint',
      (x) =>
        severityOf('unknown-role')(x) === undefined &&
        severityOf('missing-participant')(x) === vscode.DiagnosticSeverity.Hint,
    );
    assert.ok(d.some((x) => codeOf(x) === 'unknown-reference'));
  });

  test('removing the setting brings the default severities back', async () => {
    await vscode.workspace
      .getConfiguration('strategy', uri)
      .update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhere(
      uri,
      'unknown-role an error again, missing-participant information',
      (x) =>
        severityOf('unknown-role')(x) === vscode.DiagnosticSeverity.Error &&
        severityOf('missing-participant')(x) === vscode.DiagnosticSeverity.Information,
    );
  });
});
