/**
 * The preview commands open a webview panel of the strategy.preview view type beside the editor, and
 * the preview of a 10,000-line file follows keystrokes: each edit is analysed by the server only
 * (dist/extension.js holds no analysis: test/unit/client-boundary.test.ts), which renders the version
 * the preview then shows. (What the page shows is checked in a real browser by test/e2e/ui.test.ts.)
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { generateStrategy } from '../../../bench/generate';
import { api, copySample, same, show, until, workspaceFolder } from './helpers';

const VIEW_TYPE = 'strategy.preview';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter(
      (t) =>
        t.input instanceof vscode.TabInputWebview &&
        (t.input.viewType === VIEW_TYPE || t.input.viewType.endsWith(`-${VIEW_TYPE}`)),
    );
}

suite('Preview', () => {
  test('"Open Preview to the Side" opens a strategy.preview webview beside the editor, titled after the file', async () => {
    const uri = await copySample('preview.strategy.yaml');
    const editor = await show(uri);
    assert.strictEqual(previewTabs().length, 0, 'no preview before the command');

    await vscode.commands.executeCommand('strategy.openPreviewToSide');
    const tab = await until(
      'a preview tab',
      [vscode.window.tabGroups.onDidChangeTabs],
      () => previewTabs()[0],
      () =>
        `Tabs: ${vscode.window.tabGroups.all
          .flatMap((g) => g.tabs)
          .map((t) => t.label)
          .join(', ')}`,
    );
    assert.match(tab.label, /preview\.strategy\.yaml/);
    assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'beside the editor, not over it');
    assert.strictEqual(
      vscode.window.activeTextEditor?.document.uri.toString(),
      uri.toString(),
      'the editor keeps the focus',
    );
  });

  test('the preview of a 10,000-line file follows keystrokes, each version rendered by the server', async () => {
    const text = generateStrategy({ lines: 10_000 }).text;
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'large.strategy.yaml');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const editor = await show(uri);
    let rendered = 0;
    const listener = api().onDidRenderPreview((e) => {
      if (same(e.uri, uri)) rendered = Math.max(rendered, e.version);
    });
    try {
      await vscode.commands.executeCommand('strategy.openPreviewToSide');
      await until(
        'the first render',
        [api().onDidRenderPreview],
        () => rendered >= editor.document.version,
        () => `rendered ${rendered}`,
      );
      const line = editor.document
        .getText()
        .split('\n')
        .findIndex((l) => l.startsWith('organization: '));
      for (const ch of 'XYZ') {
        const end = editor.document.lineAt(line).range.end;
        assert.ok(await editor.edit((b) => b.insert(end, ch)), 'the edit applied');
        const version = editor.document.version;
        await until(
          `the render of version ${version}`,
          [api().onDidRenderPreview],
          () => rendered >= version,
          () => `rendered ${rendered}`,
        );
      }
      assert.strictEqual(rendered, editor.document.version);
    } finally {
      listener.dispose();
    }
  });

  test('"New Strategy File" opens an untitled strategy document holding the server\'s template', async () => {
    await vscode.commands.executeCommand('strategy.newFile');
    const doc = await until('an untitled strategy editor', [vscode.window.onDidChangeActiveTextEditor], () => {
      const d = vscode.window.activeTextEditor?.document;
      return d && d.isUntitled && d.languageId === 'strategy' ? d : undefined;
    });
    const text = doc.getText();
    assert.match(text, /^# Social business strategy of Our organization\./);
    assert.match(text, /\n {2}last: \d{4}-\d{2}-\d{2}\n/);
    for (const id of ['social-media', 'social-liability']) assert.ok(text.includes(`  ${id}:`), id);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  suiteTeardown(async () => {
    await vscode.window.tabGroups.close(previewTabs());
  });
});
