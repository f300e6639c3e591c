// The workspace's bookkeeping: which changes concern a composition (files it read, folders a glob
// listed), and result ids that change only when a file's diagnostics do.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { concerns } from '../../server/src/lsp/workspace/host';
import { DiagnosticStore } from '../../server/src/lsp/workspace/store';

describe('which changes concern a composition', () => {
  const deps = {
    files: new Set(['/w/root.strategy.yaml', '/w/parts/a.strategy.yaml']),
    folders: new Set(['/w/globbed']),
  };
  test('a file it read', () => assert.equal(concerns(deps, '/w/parts/a.strategy.yaml'), true));
  test('a file under a folder a glob listed, however deep', () =>
    assert.equal(concerns(deps, '/w/globbed/x/y.strategy.yaml'), true));
  test('a file beside them that it never looked at', () =>
    assert.equal(concerns(deps, '/w/parts/b.strategy.yaml'), false));
});

describe('the diagnostic store', () => {
  const d = (message: string): Diagnostic => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    message,
  });
  test('pushes a file once per change, keeps its result id while its diagnostics stay the same', () => {
    const pushed: string[] = [];
    const store = new DiagnosticStore((uri, found) => pushed.push(`${uri}:${found.length}`));
    assert.equal(store.set('file:///a', [d('x')], undefined), true);
    const id = store.get('file:///a')!.resultId;
    assert.equal(store.set('file:///a', [d('x')], undefined), false);
    assert.equal(store.get('file:///a')!.resultId, id, 'unchanged: same result id');
    assert.equal(store.set('file:///a', [], undefined), true);
    assert.notEqual(store.get('file:///a')!.resultId, id);
    store.delete('file:///a');
    assert.deepEqual(pushed, ['file:///a:1', 'file:///a:0', 'file:///a:0']);
  });
  test("an open document's new version is pushed even when its diagnostics did not change", () => {
    const pushed: (number | undefined)[] = [];
    const store = new DiagnosticStore((_uri, _found, version) => pushed.push(version));
    store.set('file:///b', [], 1);
    store.set('file:///b', [], 2);
    assert.deepEqual(pushed, [1, 2]);
  });
  test('a client that pulls gets nothing pushed', () => {
    const store = new DiagnosticStore(() => assert.fail('pushed'));
    store.pull = true;
    store.set('file:///c', [d('y')], undefined);
    store.delete('file:///c');
  });
});
