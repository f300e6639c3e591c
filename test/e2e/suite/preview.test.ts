/**
 * The preview commands open a webview panel of the strategy.preview view type beside the editor.
 * (What the page shows is checked in a real browser by test/e2e/ui.test.ts.)
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { copySample, show, until } from './helpers';

const VIEW_TYPE = 'strategy.preview';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) =>
    t.input instanceof vscode.TabInputWebview && (t.input.viewType === VIEW_TYPE || t.input.viewType.endsWith(`-${VIEW_TYPE}`)));
}

suite('Preview', () => {
  test('"Open Preview to the Side" opens a strategy.preview webview beside the editor, titled after the file', async () => {
    const uri = await copySample('preview.strategy.yaml');
    const editor = await show(uri);
    assert.strictEqual(previewTabs().length, 0, 'no preview before the command');

    await vscode.commands.executeCommand('strategy.openPreviewToSide');
    const tab = await until('a preview tab', [vscode.window.tabGroups.onDidChangeTabs], () => previewTabs()[0],
      () => `Tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')}`);
    assert.match(tab.label, /preview\.strategy\.yaml/);
    assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'beside the editor, not over it');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the editor keeps the focus');
  });

  suiteTeardown(async () => {
    await vscode.window.tabGroups.close(previewTabs());
  });
});
