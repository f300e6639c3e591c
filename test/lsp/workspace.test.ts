// The workspace over stdio: every strategy file of the workspace folders gets its diagnostics without
// being opened (equal to `strategy check` of the folder), watched-file events keep them current, a
// client that pulls gets them by result id, and a client with neither pull nor watched files (like
// Neovim 0.7) gets pushed diagnostics for a part it opens, including a problem caused by another file.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  FileChangeType,
  WorkspaceDiagnosticRequest,
  type DocumentDiagnosticReport,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { LspHarness, TODAY } from './harness';
import { asCli, checkFolder, contoso, LIABILITY, uriIn, writeFile, writeWorkspace } from './workspaceFixture';

/** Contoso with the findings a split strategy has across files: a duplicate role, an orphan, an include without part-of. */
function withFindings() {
  const files = contoso();
  files['company.strategy.yaml'] = files['company.strategy.yaml'].replace(
    '  - parts/liability.strategy.yaml\n',
    '  - parts/liability.strategy.yaml\n  - parts/stray.strategy.yaml\n',
  );
  files['parts/liability.strategy.yaml'] = LIABILITY.replace(
    'conversations:\n',
    'roles:\n  community-manager:\n    title: Community lead\n    function: marketing\nconversations:\n',
  );
  files['parts/orphan.strategy.yaml'] =
    'part-of: ../company.strategy.yaml\nconversations:\n  social-support:\n    owner: support-lead\n';
  files['parts/stray.strategy.yaml'] = 'conversations:\n  social-innovation:\n    owner: rnd-lead\n';
  files['alone.strategy.yaml'] = 'strategy: Alone\norganization: Alone Co\nsponsor: nobody\n';
  return files;
}

const harnesses: LspHarness[] = [];
after(async () => {
  for (const h of harnesses) await h.stop();
});
async function start(options: Parameters<typeof LspHarness.start>[0]): Promise<LspHarness> {
  const h = await LspHarness.start(options);
  harnesses.push(h);
  return h;
}
const codes = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.map((d) => String(d.code)).sort();

describe('a workspace of strategies across files', () => {
  test('every file, never opened, gets the diagnostics strategy check of the folder gives', async () => {
    const dir = writeWorkspace(withFindings());
    const cli = checkFolder(dir);
    assert.equal(cli.size, 6, 'the CLI reports every file of the folder');
    const h = await start({ workspaceFolders: [dir] });
    for (const [name, expected] of cli) {
      const published = await h.latestDiagnostics(uriIn(dir, name));
      assert.deepEqual(
        published.diagnostics.map((d) => asCli(d, dir)),
        expected,
        name,
      );
    }
    const liability = await h.latestDiagnostics(uriIn(dir, 'parts/liability.strategy.yaml'));
    const duplicate = liability.diagnostics.find((d) => d.code === 'duplicate-id');
    assert.equal(
      duplicate?.relatedInformation?.[0].location.uri,
      uriIn(dir, 'company.strategy.yaml'),
      'the duplicate points at the first declaration, in the root',
    );
    assert.ok(codes(await h.latestDiagnostics(uriIn(dir, 'parts/orphan.strategy.yaml'))).includes('orphan-part'));
    assert.ok(codes(await h.latestDiagnostics(uriIn(dir, 'company.strategy.yaml'))).includes('unresolved-include'));
  });

  test('watched files: the watcher is registered, and a part changed, created or deleted on disk updates every file of the strategy', async () => {
    const files = contoso();
    files['company.strategy.yaml'] = files['company.strategy.yaml'].replace(
      '  - parts/liability.strategy.yaml\n',
      '  - parts/liability.strategy.yaml\n  - parts/support.strategy.yaml\n',
    );
    const dir = writeWorkspace(files);
    const h = await start({
      workspaceFolders: [dir],
      capabilities: (c) => ({
        ...c,
        workspace: { ...c.workspace, didChangeWatchedFiles: { dynamicRegistration: true } },
      }),
    });
    const root = uriIn(dir, 'company.strategy.yaml');
    const media = uriIn(dir, 'parts/media.strategy.yaml');
    const support = uriIn(dir, 'parts/support.strategy.yaml');
    assert.ok(
      codes(await h.latestDiagnostics(root)).includes('unresolved-include'),
      'the missing part is reported at its entry',
    );
    assert.ok(codes(await h.latestDiagnostics(media)).includes('uncovered-liability'));
    assert.deepEqual(
      h.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').map((r) => r.registerOptions),
      [{ watchers: [{ globPattern: '**/*.strategy.{yaml,yml}' }] }],
    );
    const changed = (uri: string, type: FileChangeType) =>
      h.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });

    // change: the liability part now covers the blogs, and the media part (unchanged) loses its warning.
    const covered = h.diagnosticsWhere(media, (p) => !codes(p).includes('uncovered-liability'));
    writeFile(dir, 'parts/liability.strategy.yaml', LIABILITY.replace('covers: []', 'covers: [customer-blogs]'));
    await changed(uriIn(dir, 'parts/liability.strategy.yaml'), FileChangeType.Changed);
    await covered;

    // create: the included part appears; the root's entry resolves and the new file is checked.
    const resolved = h.diagnosticsWhere(root, (p) => !codes(p).includes('unresolved-include'));
    const created = h.nextDiagnostics(support);
    writeFile(
      dir,
      'parts/support.strategy.yaml',
      'part-of: ../company.strategy.yaml\nconversations:\n  social-support:\n    owner: nobody\n',
    );
    await changed(support, FileChangeType.Created);
    await resolved;
    assert.ok(
      codes(await created).includes('unknown-role'),
      'the new part is checked within its strategy: nobody is no role of it',
    );

    // delete: the entry is unresolved again and the deleted file's diagnostics are cleared.
    const unresolved = h.diagnosticsWhere(root, (p) => codes(p).includes('unresolved-include'));
    const cleared = h.nextDiagnostics(support);
    fs.rmSync(path.join(dir, 'parts/support.strategy.yaml'));
    await changed(support, FileChangeType.Deleted);
    await unresolved;
    assert.deepEqual((await cleared).diagnostics, []);
  });

  test('a client without pull or watched files (Neovim 0.7) opening a part outside any folder: the server reads the rest from disk', async () => {
    const dir = writeWorkspace(contoso());
    const h = await start({ workspaceFolders: [] });
    const media = uriIn(dir, 'parts/media.strategy.yaml');
    const opened = await h.open(media, fs.readFileSync(path.join(dir, 'parts/media.strategy.yaml'), 'utf8'));
    const cli = checkFolder(dir).get('parts/media.strategy.yaml');
    assert.deepEqual(
      opened.diagnostics.map((d) => asCli(d, dir)),
      cli,
      'the same as strategy check',
    );
    assert.ok(
      codes(opened).includes('uncovered-liability'),
      'a problem whose cause is the liability part (it covers nothing)',
    );
    assert.ok(
      !codes(opened).includes('unknown-role'),
      'community-manager is declared in the root, which the server read from disk',
    );
    assert.deepEqual(
      [...new Set(h.published.map((p) => p.uri))],
      [media],
      'files outside the workspace are reported only while open',
    );
  });

  test('a client that announces pull but asks for push (initializationOptions.diagnostics) gets every file pushed', async () => {
    const dir = writeWorkspace(contoso());
    const h = await start({
      workspaceFolders: [dir],
      initializationOptions: { today: TODAY, diagnostics: 'push' },
      capabilities: (c) => ({ ...c, textDocument: { ...c.textDocument, diagnostic: { dynamicRegistration: false } } }),
    });
    assert.equal(h.initializeResult.capabilities.diagnosticProvider, undefined);
    assert.ok(
      codes(await h.latestDiagnostics(uriIn(dir, 'parts/media.strategy.yaml'))).includes('uncovered-liability'),
    );
  });

  test('pull diagnostics: document and workspace reports with result ids; unchanged files answer unchanged', async () => {
    const dir = writeWorkspace(contoso());
    const h = await start({
      workspaceFolders: [dir],
      capabilities: (c) => ({
        ...c,
        textDocument: { ...c.textDocument, diagnostic: { dynamicRegistration: false } },
        workspace: { ...c.workspace, diagnostics: { refreshSupport: true } },
      }),
    });
    assert.deepEqual(h.initializeResult.capabilities.diagnosticProvider, {
      identifier: 'strategy',
      interFileDependencies: true,
      workspaceDiagnostics: true,
    });
    const cli = checkFolder(dir);
    const first = await h.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const full = first.items as (FullDocumentDiagnosticReport & { uri: string })[];
    assert.deepEqual(
      full.map((r) => r.kind),
      full.map(() => DocumentDiagnosticReportKind.Full),
    );
    assert.deepEqual(
      new Map(full.map((r) => [path.relative(dir, new URL(r.uri).pathname), r.items.map((d) => asCli(d, dir))])),
      cli,
    );
    const again = await h.connection.sendRequest(WorkspaceDiagnosticRequest.type, {
      previousResultIds: full.map((r) => ({ uri: r.uri, value: r.resultId! })),
    });
    assert.deepEqual(
      again.items.map((r) => r.kind),
      full.map(() => DocumentDiagnosticReportKind.Unchanged),
    );

    const media = uriIn(dir, 'parts/media.strategy.yaml');
    const mediaId = full.find((r) => r.uri === media)!.resultId;
    const pull = (previousResultId?: string): Promise<DocumentDiagnosticReport> =>
      h.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: media }, previousResultId });
    assert.deepEqual(await pull(mediaId), { kind: DocumentDiagnosticReportKind.Unchanged, resultId: mediaId });

    // An edit in the liability part changes the media part's report (and the client is asked to pull again).
    const liability = uriIn(dir, 'parts/liability.strategy.yaml');
    await h.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: liability, languageId: 'strategy', version: 1, text: LIABILITY },
    });
    await h.change(liability, 2, LIABILITY.replace('covers: []', 'covers: [customer-blogs]'));
    const after = (await pull(mediaId)) as FullDocumentDiagnosticReport;
    assert.equal(after.kind, DocumentDiagnosticReportKind.Full);
    assert.notEqual(after.resultId, mediaId);
    assert.ok(!after.items.some((d) => d.code === 'uncovered-liability'), 'covered now');
    assert.ok(h.diagnosticRefreshes > 0, 'workspace/diagnostic/refresh was sent');
    assert.deepEqual(h.published, [], 'nothing is pushed to a client that pulls');
  });
});
