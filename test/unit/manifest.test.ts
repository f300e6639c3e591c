// The extension's package.json: what VS Code reads to know the language, grammar, commands, settings
// and when to activate. Checked against the spec's "In VS Code" section and the rule list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_CODES, RULE_HELP } from '../../server/src/core/ruleDocs';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

/** The spec's "In VS Code" commands and their titles (Split Strategy into Files: its section "One strategy across files"). */
const SPEC_COMMANDS: Record<string, string> = {
  'strategy.openPreview': 'Open Preview',
  'strategy.openPreviewToSide': 'Open Preview to the Side',
  'strategy.exportHtml': 'Export Preview as HTML',
  'strategy.newFile': 'New Strategy File',
  'strategy.restartServer': 'Restart Language Server',
  'strategy.showOutput': 'Show Output',
  'strategy.splitIntoFiles': 'Split Strategy into Files',
  // Changes between revisions (v2), the editor: compare mode of the preview, and the way back.
  'strategy.compare': 'Compare Strategy with Revision...',
  'strategy.leaveCompare': 'Return to the Live Preview',
};

function exists(rel: string): boolean {
  return fs.existsSync(path.join(ROOT, rel));
}

test('the strategy language: id, display name, file extensions, language configuration', () => {
  const lang = contributes.languages.find((l: { id: string }) => l.id === 'strategy');
  assert.ok(lang, 'language strategy');
  assert.equal(lang.aliases[0], 'Strategy');
  assert.deepEqual(lang.extensions, ['.strategy.yaml', '.strategy.yml']);
  assert.ok(exists(lang.configuration), lang.configuration);
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, lang.configuration), 'utf8'));
  assert.equal(config.comments.lineComment, '#');
  assert.ok(config.brackets.length > 0);
  for (const rule of config.onEnterRules) new RegExp(rule.beforeText);
  const indent = new RegExp(config.indentationRules.increaseIndentPattern);
  assert.ok(indent.test('conversations:'));
  assert.ok(indent.test('  - id:'));
  assert.ok(!indent.test('    owner: cmo'));
  for (const icon of Object.values(lang.icon as Record<string, string>)) assert.ok(exists(icon), icon);
});

test("the grammar is YAML's, under the scope source.strategy", () => {
  const grammar = contributes.grammars.find((g: { language: string }) => g.language === 'strategy');
  assert.equal(grammar.scopeName, 'source.strategy');
  assert.ok(exists(grammar.path), grammar.path);
  const tm = JSON.parse(fs.readFileSync(path.join(ROOT, grammar.path), 'utf8'));
  assert.equal(tm.scopeName, 'source.strategy');
  assert.deepEqual(tm.patterns, [{ include: 'source.yaml' }]);
});

test('every command of the spec, titled as the spec says, in the category Strategy', () => {
  const commands = new Map<string, { title: string; category: string }>(
    contributes.commands.map((c: { command: string; title: string; category: string }) => [c.command, c]),
  );
  for (const [id, title] of Object.entries(SPEC_COMMANDS)) {
    assert.equal(commands.get(id)?.title, title, id);
    assert.equal(commands.get(id)?.category, 'Strategy', id);
  }
  assert.equal(commands.size, Object.keys(SPEC_COMMANDS).length);
});

test("preview keybindings like Markdown's and an editor title button, for strategy editors only", () => {
  const keys = contributes.keybindings.map((k: { command: string; key: string; mac: string; when: string }) => [
    k.command,
    k.key,
    k.mac,
    k.when,
  ]);
  assert.deepEqual(keys, [
    ['strategy.openPreview', 'ctrl+shift+v', 'cmd+shift+v', 'editorLangId == strategy'],
    ['strategy.openPreviewToSide', 'ctrl+k v', 'cmd+k v', 'editorLangId == strategy'],
  ]);
  assert.deepEqual(contributes.menus['editor/title'], [
    { command: 'strategy.openPreviewToSide', when: 'editorLangId == strategy', group: 'navigation' },
  ]);
});

test('Compare Strategy with Revision... in the palette for strategy editors; the way back while a preview compares', () => {
  const palette = contributes.menus.commandPalette as { command: string; when: string }[];
  assert.equal(palette.find((m) => m.command === 'strategy.compare')?.when, 'editorLangId == strategy');
  assert.equal(palette.find((m) => m.command === 'strategy.leaveCompare')?.when, 'strategy.comparing');
});

test('settings as the spec names them, each with scope resource', () => {
  const props = contributes.configuration.properties;
  assert.deepEqual(Object.keys(props).sort(), ['strategy.maxFileSize', 'strategy.rules', 'strategy.validation.delay']);
  for (const [key, p] of Object.entries(props as Record<string, { scope: string }>))
    assert.equal(p.scope, 'resource', key);
  assert.equal(props['strategy.validation.delay'].default, 100);
  assert.equal(props['strategy.maxFileSize'].default, 2 * 1024 * 1024);
});

test('strategy.rules lists every rule code with its description and the five severities', () => {
  const rules = contributes.configuration.properties['strategy.rules'];
  assert.equal(rules.type, 'object');
  assert.equal(rules.additionalProperties, false);
  assert.deepEqual(Object.keys(rules.properties).sort(), [...RULE_CODES].sort());
  for (const code of RULE_CODES) {
    const p = rules.properties[code];
    assert.deepEqual(p.enum, ['off', 'error', 'warning', 'information', 'hint'], code);
    assert.ok(p.description.startsWith(RULE_HELP[code].description), `${code}: ${p.description}`);
  }
});

test('activation, engine, trust and packaging fields', () => {
  // The preview's serializer brings a preview back after a reload, before any strategy file is open.
  assert.deepEqual(pkg.activationEvents, ['onLanguage:strategy', 'onWebviewPanel:strategy.preview']);
  assert.equal(pkg.engines.vscode, '^1.100.0');
  assert.match(
    fs.readFileSync(path.join(ROOT, 'node_modules/@types/vscode/package.json'), 'utf8'),
    /"version": "1\.100\./,
  );
  assert.equal(pkg.main, './dist/extension.js');
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  assert.ok(pkg.capabilities.untrustedWorkspaces.description);
  assert.ok(pkg.capabilities.virtualWorkspaces);
  assert.ok(pkg.publisher && pkg.license === 'MIT');
  assert.equal(pkg.repository, undefined, 'no repository address until there is a real one');
  assert.ok(exists(pkg.icon) && pkg.icon.endsWith('.png'), pkg.icon);
  assert.ok(exists('LICENSE') && exists('CHANGELOG.md') && exists('README.md') && exists('.vscodeignore'));
  assert.match(pkg.scripts.package, /^vsce package .*--no-dependencies/);
  assert.match(pkg.scripts['vscode:prepublish'], /esbuild\.js/);
});
