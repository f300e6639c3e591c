/**
 * One strategy across files in a real VS Code: a part opened alone shows a problem whose cause is in
 * another file (and loses it when that file changes on disk); a rename of a role edits every file
 * that uses it; "Split Strategy into Files" creates the parts and rewrites the root, and one undo
 * restores the file and removes the parts. Each test works on its own copy of a sample.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  codeOf,
  diagnosticsWhere,
  extension,
  positionOf,
  show,
  strategyDiagnostics,
  summarize,
  until,
  workspaceFolder,
} from './helpers';

const CONTOSO = [
  'social.strategy.yaml',
  ...['innovation', 'liability', 'media', 'networking', 'support', 'technologies'].map(
    (c) => `conversations/${c}.strategy.yaml`,
  ),
];

/** Copies samples/<from> of the extension under test into the workspace folder `to`; returns the copies by relative path. */
async function copyInto(to: string, from: string, files: readonly string[]): Promise<Map<string, vscode.Uri>> {
  const out = new Map<string, vscode.Uri>();
  for (const rel of files) {
    const target = vscode.Uri.joinPath(workspaceFolder(), to, rel);
    await vscode.workspace.fs.writeFile(
      target,
      await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension().extensionUri, 'samples', from, rel)),
    );
    out.set(rel, target);
  }
  return out;
}

async function textOf(uri: vscode.Uri): Promise<string> {
  return (await vscode.workspace.openTextDocument(uri)).getText();
}

suite('One strategy across files', () => {
  test('a part opened alone shows a problem whose cause is in another file, and loses it when that file changes on disk', async () => {
    const files = await copyInto('across', 'contoso', CONTOSO);
    const liability = files.get('conversations/liability.strategy.yaml')!;
    await show(liability);
    // "expert-finder" is an id of the networking part, which is not open: only the strategy knows it.
    const found = await diagnosticsWhere(liability, 'unknown-reference suggesting expert-finder', (d) =>
      d.some((x) => codeOf(x) === 'unknown-reference' && x.message.includes('"expert-finder"')),
    );
    assert.ok(
      !found.some((x) => codeOf(x) === 'unknown-role'),
      `the root's roles (dpo) are known: ${summarize(found)}`,
    );
    assert.ok(!found.some((x) => codeOf(x) === 'orphan-part'), 'the part belongs to its root');

    const networking = files.get('conversations/networking.strategy.yaml')!;
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(networking));
    await vscode.workspace.fs.writeFile(
      networking,
      new TextEncoder().encode(text.replace('id: expert-finder', 'id: expert-finde')),
    );
    await diagnosticsWhere(
      liability,
      'no unknown-reference once networking names expert-finde',
      (d) => !d.some((x) => codeOf(x) === 'unknown-reference'),
    );
  });

  test('renaming a role declared in the root edits every file that uses it, in one workspace edit', async () => {
    const files = await copyInto('rename', 'contoso', CONTOSO);
    const root = files.get('social.strategy.yaml')!;
    const doc = (await show(root)).document;
    const strategy = await extension().activate();
    await diagnosticsWhere(root, 'the first report', () => strategy.hasReported(root));
    const users = new Map<string, number>();
    for (const uri of files.values()) {
      const n = (await textOf(uri)).split('community-manager').length - 1;
      if (n) users.set(uri.toString(), n);
    }
    assert.ok(users.size >= 3, 'the role is declared in the root and used in several parts');

    const at = positionOf(doc, 'community-manager:', 2);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      root,
      at,
      'community-lead',
    );
    assert.ok(edit, 'the server answers the rename');
    assert.deepStrictEqual(
      new Map(edit.entries().map(([uri, edits]) => [uri.toString(), edits.length])),
      users,
      'one edit per occurrence, in every file that has one',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    for (const uri of users.keys()) {
      const text = await textOf(vscode.Uri.parse(uri));
      assert.ok(!text.includes('community-manager'), `no occurrence left in ${uri}`);
    }
    await vscode.workspace.saveAll(false);
    await diagnosticsWhere(
      files.get('conversations/media.strategy.yaml')!,
      'no unknown role after the rename',
      (d) =>
        strategy.hasReported(files.get('conversations/media.strategy.yaml')!) &&
        !d.some((x) => codeOf(x) === 'unknown-role'),
    );
  });

  test('Split Strategy into Files creates the parts and rewrites the root; one undo restores the file and removes the parts', async () => {
    const files = await copyInto('split', '', ['draft.strategy.yaml']);
    const root = files.get('draft.strategy.yaml')!;
    const doc = (await show(root)).document;
    const strategy = await extension().activate();
    const original = doc.getText();
    const before = await diagnosticsWhere(root, 'the first report', (d) => strategy.hasReported(root) && d.length > 0);

    assert.strictEqual(await vscode.commands.executeCommand('strategy.splitIntoFiles'), true, 'the split was applied');
    const text = doc.getText();
    assert.match(text, /^include:\n {2}- conversations\/social-media\.strategy\.yaml$/m);
    assert.ok(!/^conversations:/m.test(text), 'no conversations left in the root');
    const parts = ['social-media', 'social-support', 'social-technologies', 'social-liability'].map((id) =>
      vscode.Uri.joinPath(workspaceFolder(), 'split', 'conversations', `${id}.strategy.yaml`),
    );
    for (const part of parts) {
      assert.ok(fs.existsSync(part.fsPath), `${part.path} was written`);
      assert.match(await textOf(part), /^part-of: \.\.\/draft\.strategy\.yaml\nconversations:\n/);
    }
    const comments = (t: string) => t.split('\n').filter((l) => l.trim().startsWith('#'));
    const all = [text, ...(await Promise.all(parts.map(textOf)))];
    assert.deepEqual(all.flatMap(comments).sort(), comments(original).sort(), 'every comment is kept, once');
    // The strategy has the same problems, now spread over its files.
    const spread = () => [root, ...parts].flatMap((u) => strategyDiagnostics(u));
    await until(
      'the same number of problems across the files',
      [vscode.languages.onDidChangeDiagnostics],
      () => spread().length === before.length,
      () => `before: ${before.length}; now: ${summarize(spread())}`,
    );

    await show(root);
    await vscode.commands.executeCommand('undo');
    await until(
      'the root restored',
      [vscode.workspace.onDidChangeTextDocument],
      () => doc.getText() === original,
      () => doc.getText().slice(0, 400),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(vscode.Uri.joinPath(workspaceFolder(), 'split'), '**/*.strategy.yaml'),
    );
    try {
      await until(
        'the parts removed',
        [watcher.onDidDelete, vscode.workspace.onDidDeleteFiles],
        () => parts.every((p) => !fs.existsSync(p.fsPath)),
        () =>
          parts
            .filter((p) => fs.existsSync(p.fsPath))
            .map((p) => p.path)
            .join(', '),
      );
    } finally {
      watcher.dispose();
    }
  });
});
