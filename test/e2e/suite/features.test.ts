/**
 * Read-only language features through VS Code's own commands: completion of roles, hover on a role,
 * the outline, go to definition.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { copySample, diagnosticsWhere, positionOf, show } from './helpers';

const CONVERSATIONS_IN_SAMPLE = ['social-media', 'social-support', 'social-technologies', 'social-liability'];

suite('Completion, hover, outline', () => {
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    uri = await copySample('features.strategy.yaml');
    doc = (await show(uri)).document;
    await diagnosticsWhere(uri, 'the first report', (d) => d.length > 0);
  });

  test("completion at an owner: value lists the built-in and declared roles, the conversation's owner first", async () => {
    // `    owner: cmo` of social-media, the cursor on the start of the value
    const at = positionOf(doc, 'owner: cmo', 'owner: '.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      at,
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const role of ['cmo', 'cio', 'general-counsel', 'support-lead', 'community-manager', 'compliance-officer']) {
      assert.ok(labels.includes(role), `${role} offered; got ${labels.join(', ')}`);
    }
    const cmo = list.items.find((i) => i.label === 'cmo')!;
    assert.strictEqual(cmo.detail, 'Chief Marketing Officer (marketing)');
    const sorted = [...list.items].sort((a, b) =>
      String(a.sortText ?? a.label).localeCompare(String(b.sortText ?? b.label)),
    );
    assert.strictEqual(sorted[0].label, 'cmo', 'the recommended owner of social-media comes first');
  });

  test('hover on a role id shows its title and function', async () => {
    const at = positionOf(doc, 'owner: cmo', 'owner: c'.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Chief Marketing Officer/);
    assert.match(text, /marketing/);
  });

  test('the outline lists the header, the roles and each conversation with its items', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      uri,
    );
    const names = symbols.map((s) => s.name);
    for (const key of ['strategy', 'organization', 'version', 'sponsor', 'roles', 'conversations']) {
      assert.ok(names.includes(key), `top-level ${key} in ${names.join(', ')}`);
    }
    const roles = symbols.find((s) => s.name === 'roles')!;
    assert.deepStrictEqual(
      roles.children.map((s) => s.name),
      ['community-manager', 'compliance-officer'],
    );
    const conversations = symbols.find((s) => s.name === 'conversations')!;
    assert.deepStrictEqual(
      conversations.children.map((s) => s.name),
      CONVERSATIONS_IN_SAMPLE,
    );
    const liability = conversations.children.find((s) => s.name === 'social-liability')!;
    assert.deepStrictEqual(
      liability.children.map((s) => s.name),
      ['account-details-in-comments', 'rate-promotion-disclosures', 'impersonation-scams'],
    );
    const scams = liability.children[2];
    assert.strictEqual(scams.selectionRange.start.line, positionOf(doc, 'id: impersonation-scams').line);
  });

  test('go to definition on a platform reference lands on the platform', async () => {
    const at = positionOf(doc, 'platform: forum-server', 'platform: f'.length);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      uri,
      at,
    );
    assert.strictEqual(locations.length, 1);
    const target = locations[0];
    const range = 'targetRange' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
    assert.strictEqual(range.start.line, positionOf(doc, 'id: forum-server').line);
  });
});
