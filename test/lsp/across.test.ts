// Features across the files of a strategy, over stdio: definition, references and rename (one
// WorkspaceEdit with every file), hover naming the file of a declaration, completion of the roles and
// ids of every file, and quick fixes whose edit lands in another file (comments kept).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  HoverRequest,
  ReferencesRequest,
  RenameRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { PreviewRequest } from '../../server/src/protocol';
import { LspHarness, positionOf } from './harness';
import {
  applyEdit,
  checkFolder,
  contoso,
  MEDIA,
  readUri,
  ROOT_FILE,
  uriIn,
  writeFile,
  writeWorkspace,
} from './workspaceFixture';

describe('features across the files of a strategy', () => {
  let h: LspHarness;
  let dir: string;
  let root: string;
  let media: string;
  let liability: string;
  before(async () => {
    const files = contoso();
    files['parts/orphan.strategy.yaml'] =
      '# support owns this file\npart-of: ../company.strategy.yaml\nconversations:\n  social-support:\n    owner: support-lead\n';
    files['parts/stray.strategy.yaml'] =
      '# innovation, not yet wired in\nconversations:\n  social-innovation:\n    owner: rnd-lead\n';
    files['company.strategy.yaml'] = ROOT_FILE.replace(
      '  - parts/liability.strategy.yaml\n',
      '  - parts/liability.strategy.yaml\n  - parts/stray.strategy.yaml\n',
    );
    dir = writeWorkspace(files);
    [root, media, liability] = [
      'company.strategy.yaml',
      'parts/media.strategy.yaml',
      'parts/liability.strategy.yaml',
    ].map((f) => uriIn(dir, f));
    h = await LspHarness.start({ workspaceFolders: [dir] });
    await h.open(media, MEDIA);
  });
  after(async () => {
    await h.stop();
  });

  const at = (text: string, needle: string, nth = 0) => positionOf(text, needle, nth, 1);

  test('definition of a role used in a part goes to its declaration in the root', async () => {
    const loc = await h.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: media },
      position: at(MEDIA, 'community-manager', 1),
    });
    const rootText = readUri(root);
    assert.deepEqual(loc, {
      uri: root,
      range: {
        start: positionOf(rootText, 'community-manager'),
        end: positionOf(rootText, 'community-manager', 0, 'community-manager'.length),
      },
    });
  });

  test('references of a role: the declaration in the root and both uses in the part', async () => {
    const refs = await h.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: media },
      position: at(MEDIA, 'community-manager'),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(
      (refs ?? []).map((r) => [r.uri, r.range.start.line]),
      [
        [root, 10],
        [media, 4],
        [media, 8],
      ],
    );
  });

  test('hover over a role in a part says in which file it is defined', async () => {
    const hover = await h.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: media },
      position: at(MEDIA, 'community-manager', 1),
    });
    assert.match((hover?.contents as MarkupContent).value, /Defined in `company\.strategy\.yaml`, line 11\./);
  });

  test('completion of an owner in a part offers the role declared in the root', async () => {
    const text = MEDIA.replace('owner: cmo', 'owner: ');
    await h.change(media, 2, text);
    const list = await h.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: media },
      position: positionOf(text, 'owner: ', 0, 7),
    });
    const items = Array.isArray(list) ? list : (list?.items ?? []);
    assert.ok(
      items.some((i) => i.label === 'community-manager'),
      "the root's role is offered",
    );
    await h.change(media, 3, MEDIA);
  });

  test('rename a role from a part: one WorkspaceEdit with the root and the part; the strategy stays clean of unknown roles', async () => {
    const edit = await h.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: media },
      position: at(MEDIA, 'community-manager'),
      newName: 'community-lead',
    });
    assert.deepEqual(Object.keys(edit?.changes ?? {}).sort(), [root, media].sort());
    assert.equal(edit!.changes![root].length, 1);
    assert.equal(edit!.changes![media].length, 2);
    const texts = applyEdit(edit!, (uri) => (uri === media ? MEDIA : readUri(uri)));
    assert.ok(
      texts.get(root)!.includes('  community-lead:\n    title: Community Manager'),
      'the declaration is renamed',
    );
    assert.ok(texts.get(root)!.startsWith('# Contoso: the CIO convenes'), 'comments stay');
    const copy = writeWorkspace({
      ...contoso(),
      'company.strategy.yaml': texts.get(root)!,
      'parts/media.strategy.yaml': texts.get(media)!,
    });
    const codes = [...checkFolder(copy).values()].flat().map((d) => (d as Diagnostic).code);
    assert.ok(!codes.includes('unknown-role'), 'every use follows');
  });

  test('the preview of a part renders the whole strategy; elements name their file relative to the root', async () => {
    const result = await h.connection.sendRequest(PreviewRequest, { textDocument: { uri: media }, flavour: 'webview' });
    assert.equal(result?.root, root);
    const body = result?.body ?? '';
    assert.match(
      body,
      /data-line="6" data-file="parts\/media\.strategy\.yaml"/,
      'customer-blogs, line 7 of the media part',
    );
    assert.match(body, /data-file="parts\/liability\.strategy\.yaml"/, 'the liability part is drawn too');
  });

  const actionsAt = async (uri: string, text: string, needle: string): Promise<CodeAction[]> => {
    const published = await h.latestDiagnostics(uri);
    const pos = positionOf(text, needle);
    const diagnostics = published.diagnostics.filter((d) => d.range.start.line === pos.line);
    const result = await h.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: pos, end: pos },
      context: { diagnostics },
    });
    return (result ?? []) as CodeAction[];
  };

  test("uncovered application in a part: the fix adds it to the covers of the liability in the liability's file", async () => {
    const actions = await actionsAt(media, MEDIA, 'customer-blogs');
    const fix = actions.find(
      (a) => a.title === 'Add customer-blogs to the covers of liability data-exposure in parts/liability.strategy.yaml',
    );
    assert.ok(fix, `offered: ${actions.map((a) => a.title).join('; ')}`);
    assert.deepEqual(Object.keys(fix.edit!.changes!), [liability]);
    const text = applyEdit(fix.edit!, readUri).get(liability)!;
    assert.match(text, /covers: \[customer-blogs\]/);
    assert.match(text, /- id: data-exposure {3}# the legal team keeps this one/, 'comments stay');
    assert.ok(
      !actions.some(
        (a) => a.title.startsWith('Add a liability that covers') && Object.keys(a.edit!.changes!).includes(media),
      ),
      'no second social-liability conversation is written into the media part',
    );
  });

  test("orphan part: the fix adds it to the root's include", async () => {
    const uri = uriIn(dir, 'parts/orphan.strategy.yaml');
    const text = readUri(uri);
    await h.open(uri, text);
    const actions = await actionsAt(uri, text, '../company');
    const fix = actions.find(
      (a) => a.title === 'Add parts/orphan.strategy.yaml to the include of ../company.strategy.yaml',
    );
    assert.ok(fix, `offered: ${actions.map((a) => a.title).join('; ')}`);
    const rootText = applyEdit(fix.edit!, readUri).get(root)!;
    assert.match(
      rootText,
      /include:\n {2}- parts\/media\.strategy\.yaml\n {2}- parts\/liability\.strategy\.yaml\n {2}- parts\/stray\.strategy\.yaml\n {2}- parts\/orphan\.strategy\.yaml\n/,
    );
    const copy = writeWorkspace({ 'company.strategy.yaml': rootText, 'parts/orphan.strategy.yaml': text });
    writeFile(copy, 'parts/media.strategy.yaml', MEDIA);
    writeFile(
      copy,
      'parts/liability.strategy.yaml',
      fs.readFileSync(path.join(dir, 'parts/liability.strategy.yaml'), 'utf8'),
    );
    writeFile(copy, 'parts/stray.strategy.yaml', fs.readFileSync(path.join(dir, 'parts/stray.strategy.yaml'), 'utf8'));
    assert.ok(
      !checkFolder(copy)
        .get('parts/orphan.strategy.yaml')!
        .some((d) => (d as Diagnostic).code === 'orphan-part'),
      'no longer an orphan',
    );
  });

  test('an included file without part-of: the fix in the root adds part-of to that file', async () => {
    const text = readUri(root);
    await h.open(root, text);
    const actions = await actionsAt(root, text, 'parts/stray');
    const fix = actions.find((a) => a.title === 'Add "part-of: ../company.strategy.yaml" to parts/stray.strategy.yaml');
    assert.ok(fix, `offered: ${actions.map((a) => a.title).join('; ')}`);
    const stray = uriIn(dir, 'parts/stray.strategy.yaml');
    assert.equal(
      applyEdit(fix.edit!, readUri).get(stray),
      '# innovation, not yet wired in\npart-of: ../company.strategy.yaml\nconversations:\n  social-innovation:\n    owner: rnd-lead\n',
    );
  });
});
