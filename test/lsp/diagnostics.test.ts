// The language server's diagnostics over stdio: the same as `strategy check`, pushed on open, on change
// (debounced, newer versions superseding older ones), on configuration change, and cleared on close.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { fileUri, LspHarness, positionOf, ROOT, TODAY } from './harness';

const SEVERITY_NAME: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/** Every sample and fixture, with the extra CLI arguments a fixture asks for (its .args file). */
function strategyFiles(): { file: string; args: string[] }[] {
  const out: { file: string; args: string[] }[] = [];
  for (const dir of ['samples', path.join('test', 'fixtures')]) {
    if (!fs.existsSync(path.join(ROOT, dir))) continue;
    for (const f of fs.readdirSync(path.join(ROOT, dir)).sort()) {
      if (!/\.strategy\.ya?ml$/.test(f)) continue;
      const argsFile = path.join(ROOT, dir, f.replace(/\.strategy\.ya?ml$/, '.args'));
      const args = fs.existsSync(argsFile) ? fs.readFileSync(argsFile, 'utf8').trim().split(/\s+/).filter(Boolean) : [];
      out.push({ file: path.join(dir, f), args });
    }
  }
  return out;
}

/** The CLI's --rule and --max-file-size arguments as the editor's strategy settings. */
function settingsFromArgs(args: string[]): Record<string, unknown> {
  const rules: Record<string, string> = {};
  const settings: Record<string, unknown> = { rules };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--max-file-size') settings.maxFileSize = Number(args[++i]);
    else if (args[i] === '--rule') {
      const [code, severity] = args[++i].split('=');
      rules[code] = severity;
    } else throw new Error(`no editor setting for CLI argument ${args[i]}`);
  }
  return settings;
}

/** `strategy check --format json` for every file, one CLI run per distinct set of extra arguments. */
function cliDiagnostics(files: { file: string; args: string[] }[]): Map<string, unknown[]> {
  const groups = new Map<string, string[]>();
  for (const f of files) groups.set(f.args.join(' '), [...(groups.get(f.args.join(' ')) ?? []), f.file]);
  const out = new Map<string, unknown[]>();
  for (const [args, paths] of groups) {
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'dist', 'cli.js'),
        'check',
        ...paths,
        '--format',
        'json',
        '--today',
        TODAY,
        ...args.split(' ').filter(Boolean),
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    // A related place of a one-file diagnostic is in the same file, however the file is named on each side.
    const sameFile = (d: { related?: { file?: string }[] }) =>
      d.related ? { ...d, related: d.related.map(({ file: _f, ...r }) => r) } : d;
    for (const entry of JSON.parse(r.stdout) as { file: string; diagnostics: { related?: { file?: string }[] }[] }[])
      out.set(entry.file, entry.diagnostics.map(sameFile));
  }
  return out;
}

/** An LSP diagnostic in the CLI's JSON shape. */
function asCli(d: Diagnostic): Record<string, unknown> {
  const out: Record<string, unknown> = {
    code: d.code,
    severity: SEVERITY_NAME[d.severity!],
    message: d.message,
    range: d.range,
    source: d.source,
  };
  if (d.data !== undefined) out.data = d.data;
  if (d.relatedInformation) {
    out.related = d.relatedInformation.map((r) => ({ range: r.location.range, message: r.message }));
  }
  return out;
}

const BROKEN = [
  'strategy: Broken Co',
  'organization: Broken Co',
  'sponsor: cio',
  'conversations:',
  '  social-media:',
  '    owner: comms-team',
  '',
].join('\n');

describe('diagnostics over stdio', () => {
  let h: LspHarness;
  const perFile = new Map<string, Record<string, unknown>>();
  const files = strategyFiles();
  before(async () => {
    // Each file's settings from the start: the server checks every file of the workspace folder at once.
    for (const { file, args } of files) perFile.set(fileUri(file), settingsFromArgs(args));
    h = await LspHarness.start({ settings: (uri) => perFile.get(uri ?? '') ?? {} });
  });
  after(async () => {
    assert.equal(await h.stop(), 0, 'the server exits with 0 after shutdown and exit');
  });

  test('announces the capabilities it implements', () => {
    const caps = h.initializeResult.capabilities;
    assert.deepEqual(caps.completionProvider?.triggerCharacters, [':', ' ', '-', '[', ',']);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    for (const key of [
      'hoverProvider',
      'definitionProvider',
      'referencesProvider',
      'documentSymbolProvider',
      'foldingRangeProvider',
      'codeActionProvider',
    ] as const) {
      assert.ok(caps[key], `${key} is announced`);
    }
  });

  let cli: Map<string, unknown[]>;
  before(() => {
    cli = cliDiagnostics(files);
  });
  test('samples and fixtures exist to compare', () => assert.ok(files.length >= 2));
  for (const { file, args } of files) {
    test(`${file}: the same diagnostics as strategy check${args.length ? ` ${args.join(' ')}` : ''}`, async () => {
      const uri = fileUri(file);
      const published = await h.open(uri, fs.readFileSync(path.join(ROOT, file), 'utf8'));
      assert.ok(cli.has(file), `the CLI reported ${file}`);
      assert.deepEqual(published.diagnostics.map(asCli), cli.get(file));
      for (const d of published.diagnostics) {
        assert.equal(d.source, 'strategy');
        // dist/server.js links to the page beside dist/: a file the editor opens, not a web address
        assert.equal(
          d.codeDescription?.href,
          pathToFileURL(path.join(ROOT, 'docs', 'rules', `${String(d.code)}.md`)).href,
        );
        assert.ok(
          fs.existsSync(path.join(ROOT, 'docs', 'rules', `${String(d.code)}.md`)),
          `docs/rules/${String(d.code)}.md exists`,
        );
      }
      // The file is in the workspace folder: once closed it is checked from disk, with the same result.
      const fromDisk = h.nextDiagnostics(uri);
      await h.close(uri);
      const closed = await fromDisk;
      assert.equal(closed.version, undefined, 'published for the file on disk');
      assert.deepEqual(
        closed.diagnostics.map(asCli),
        cli.get(file),
        'closing keeps the diagnostics of the file on disk',
      );
    });
  }

  test('a change is re-validated after the delay, and a newer version supersedes a pending one', async () => {
    const uri = 'untitled:debounce.strategy.yaml';
    // A long delay, so that version 3 surely arrives while version 2 still waits.
    perFile.set(uri, { validation: { delay: 1000 } });
    const first = await h.open(uri, BROKEN);
    assert.ok(first.diagnostics.some((d) => d.code === 'unknown-role'));
    const v3 = h.nextDiagnostics(uri, 3);
    await h.change(uri, 2, BROKEN.replace('comms-team', 'comms-tem'));
    await h.change(uri, 3, BROKEN.replace('comms-team', 'cmo'));
    const third = await v3;
    assert.ok(!third.diagnostics.some((d) => d.code === 'unknown-role'), 'version 3 fixed the owner');
    assert.ok(!h.published.some((p) => p.uri === uri && p.version === 2), 'version 2 was never published');
    await h.close(uri);
  });

  test('after edits to single blocks, the diagnostics are still those of strategy check on the new text', async () => {
    const file = path.join('samples', 'draft.strategy.yaml');
    const uri = 'untitled:edited-draft.strategy.yaml';
    let text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    await h.open(uri, text);
    const edits: [string, string][] = [
      ['gneral-counsel', 'general-counsel'],
      ['last: 2026-03-31', 'last: 2026-09-30'],
      ['conversations:\n', 'conversations:\n  social-innovation:\n    owner: rnd-lead\n'],
    ];
    let version = 1;
    for (const [from, to] of edits) {
      assert.ok(text.includes(from), `the draft contains ${JSON.stringify(from)}`);
      const at = text.indexOf(from);
      const start = positionOf(text, from);
      const end = positionOf(text, from, 0, from.length);
      text = text.slice(0, at) + to + text.slice(at + from.length);
      const next = h.nextDiagnostics(uri, ++version);
      await h.change(uri, version, [{ range: { start, end }, text: to }]);
      const published = await next;
      const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-lsp-')), 'edited.strategy.yaml');
      fs.writeFileSync(tmp, text);
      assert.deepEqual(
        published.diagnostics.map(asCli),
        cliDiagnostics([{ file: tmp, args: [] }]).get(tmp),
        `after ${to.trim()}`,
      );
      fs.rmSync(path.dirname(tmp), { recursive: true });
    }
    await h.close(uri);
  });

  test('an incremental change is applied to the text before validation', async () => {
    const uri = 'untitled:incremental.strategy.yaml';
    await h.open(uri, BROKEN);
    const next = h.nextDiagnostics(uri, 2);
    const line = BROKEN.split('\n').indexOf('    owner: comms-team');
    await h.change(uri, 2, [{ range: { start: { line, character: 11 }, end: { line, character: 21 } }, text: 'cmo' }]);
    assert.ok(!(await next).diagnostics.some((d) => d.code === 'unknown-role'));
    await h.close(uri);
  });

  test('a settings change re-validates open documents with the new severities', async () => {
    const uri = 'untitled:settings.strategy.yaml';
    const first = await h.open(uri, BROKEN);
    assert.equal(first.diagnostics.find((d) => d.code === 'unknown-role')?.severity, DiagnosticSeverity.Error);
    perFile.set(uri, { rules: { 'unknown-role': 'warning' } });
    const asked = h.configurationRequests;
    const next = h.nextDiagnostics(uri, 1);
    await h.configurationChanged();
    assert.equal((await next).diagnostics.find((d) => d.code === 'unknown-role')?.severity, DiagnosticSeverity.Warning);
    assert.ok(h.configurationRequests > asked, 'the settings were read again through workspace/configuration');
    perFile.set(uri, { maxFileSize: 10 });
    const tooLarge = h.nextDiagnostics(uri, 1);
    await h.configurationChanged();
    assert.deepEqual(
      (await tooLarge).diagnostics.map((d) => d.code),
      ['file-too-large'],
    );
    perFile.delete(uri);
    await h.close(uri);
  });
});

describe('a client without workspace/configuration', () => {
  let h: LspHarness;
  before(async () => {
    h = await LspHarness.start({ configuration: false });
  });
  after(async () => {
    await h.stop();
  });

  test('gets the defaults, then the settings it pushes with didChangeConfiguration', async () => {
    const uri = 'untitled:push.strategy.yaml';
    const first = await h.open(uri, BROKEN);
    assert.equal(first.diagnostics.find((d) => d.code === 'unknown-role')?.severity, DiagnosticSeverity.Error);
    assert.ok(first.diagnostics.some((d) => d.code === 'missing-conversation'));
    const next = h.nextDiagnostics(uri, 1);
    await h.configurationChanged({ strategy: { rules: { 'unknown-role': 'off', 'missing-conversation': 'hint' } } });
    const pushed = await next;
    assert.ok(!pushed.diagnostics.some((d) => d.code === 'unknown-role'), 'unknown-role is off');
    assert.ok(
      pushed.diagnostics
        .filter((d) => d.code === 'missing-conversation')
        .every((d) => d.severity === DiagnosticSeverity.Hint),
    );
    const reset = h.nextDiagnostics(uri, 1);
    await h.configurationChanged({ other: {} });
    assert.equal(
      (await reset).diagnostics.find((d) => d.code === 'unknown-role')?.severity,
      DiagnosticSeverity.Error,
      'no strategy section: defaults',
    );
    assert.equal(h.configurationRequests, 0, 'the server never asked for workspace/configuration');
    await h.close(uri);
  });
});

describe('initializationOptions.today', () => {
  test('fixes the date the reviews are checked against', async () => {
    const text =
      'strategy: Dated\norganization: Dated Co\nsponsor: cio\nreview: { cadence: annual, last: 2026-01-15 }\n';
    const codes = async (today: string) => {
      const h = await LspHarness.start({ initializationOptions: { today } });
      try {
        return (await h.open('untitled:dated.strategy.yaml', text)).diagnostics.map((d) => d.code);
      } finally {
        await h.stop();
      }
    };
    assert.ok(!(await codes('2027-01-15')).includes('review-overdue'), 'due on 2027-01-15 is not overdue that day');
    assert.ok((await codes('2027-01-16')).includes('review-overdue'));
  });
});
