/**
 * Edits the server offers, applied through VS Code: a quick fix makes its diagnostic go away, and a
 * rename changes a role id everywhere it is used. Each test works on its own copy of the sample.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, copySample, diagnosticsWhere, positionOf, show, strategyDiagnostics } from './helpers';

suite('Quick fixes and rename', () => {
  test('the quick fix of the unknown role "gneral-counsel" replaces it, and its diagnostic goes away', async () => {
    const uri = await copySample('quickfix.strategy.yaml');
    const doc = (await show(uri)).document;
    const before = await diagnosticsWhere(uri, 'an unknown-role', (d) => d.some((x) => codeOf(x) === 'unknown-role'));
    const diagnostic = before.find((d) => codeOf(d) === 'unknown-role')!;

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // (vscode.executeCodeActionProvider drops each action's `diagnostics`: the title says which it fixes)
    const fix = actions.find((a) => a.edit && /general-counsel/.test(a.title));
    assert.ok(fix, `a fix naming general-counsel among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.strictEqual(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);

    const others = before.filter((d) => codeOf(d) !== 'unknown-role').length;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'the edit applies');
    assert.strictEqual(doc.lineAt(diagnostic.range.start.line).text.trim(), 'owner: general-counsel');
    const after = await diagnosticsWhere(uri, 'no unknown-role', (d) => !d.some((x) => codeOf(x) === 'unknown-role'));
    assert.strictEqual(after.length, others, 'the other diagnostics stay');
    await doc.save();
  });

  test('a suppression quick fix is offered for every diagnostic', async () => {
    const uri = await copySample('suppress.strategy.yaml');
    const doc = (await show(uri)).document;
    const all = await diagnosticsWhere(uri, 'the first report', (d) => d.length > 0);
    const target = all.find((d) => codeOf(d) === 'unmitigated-liability')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      target.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const suppress = actions.find(
      (a) => a.edit && /disable/i.test(a.title) && a.title.includes('unmitigated-liability'),
    );
    assert.ok(suppress, `a suppression among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(suppress.edit!));
    assert.match(doc.getText(), /# strategy-disable-next-line unmitigated-liability/);
    await diagnosticsWhere(
      uri,
      'no unmitigated-liability',
      (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'unmitigated-liability'),
    );
    await doc.save();
  });

  test('renaming a declared role renames its declaration and every use', async () => {
    const uri = await copySample('rename.strategy.yaml');
    const doc = (await show(uri)).document;
    await diagnosticsWhere(uri, 'the first report', (d) => d.length > 0);
    const uses = doc.getText().split('community-manager').length - 1;
    assert.strictEqual(uses, 5, 'the sample declares community-manager and uses it four times');
    const errorsBefore = strategyDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;

    const at = positionOf(doc, 'owner: community-manager', 'owner: comm'.length);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      uri,
      at,
      'member-community-lead',
    );
    assert.ok(edit, 'the server answers the rename');
    assert.strictEqual(edit.get(uri).length, uses, 'one edit per occurrence');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const text = doc.getText();
    assert.ok(!text.includes('community-manager'), 'no occurrence left');
    assert.strictEqual(text.split('member-community-lead').length - 1, uses);
    await diagnosticsWhere(
      uri,
      `${errorsBefore} errors as before (no unknown role created)`,
      (d) =>
        d.filter((x) => x.severity === vscode.DiagnosticSeverity.Error).length === errorsBefore &&
        !d.some((x) => codeOf(x) === 'unknown-role' && /member-community-lead/.test(x.message)),
    );
    await doc.save();
  });

  test('a rename the server refuses comes back with its reason', async () => {
    const uri = await copySample('rename-refused.strategy.yaml');
    const doc = (await show(uri)).document;
    const rename = (needle: string, delta: number, newName: string) =>
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          uri,
          positionOf(doc, needle, delta),
          newName,
        ),
      );
    await assert.rejects(rename('owner: community-manager', 'owner: comm'.length, 'Not Kebab'), /kebab-case/);
    await assert.rejects(rename('owner: cso', 'owner: c'.length, 'security-chief'), /built-in role/);
    assert.ok(!doc.isDirty, 'nothing was changed');
  });
});
