// A strategy across files written to a temporary folder, `strategy check` of that folder, and LSP
// diagnostics in the CLI's JSON shape: for the workspace protocol tests.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { ROOT, TODAY } from './harness';

const SEVERITY_NAME: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

export const ROOT_FILE = [
  '# Contoso: the CIO convenes; each leader owns the file of their conversation.',
  'strategy: Contoso Social Business Strategy',
  'organization: Contoso',
  'sponsor: cio',
  'review: { cadence: annual, last: 2026-09-01 }',
  'include:',
  '  - parts/media.strategy.yaml',
  '  - parts/liability.strategy.yaml',
  'roles:',
  '  community-manager:',
  '    title: Community Manager',
  '    function: marketing',
  '',
].join('\n');

export const MEDIA = [
  'part-of: ../company.strategy.yaml',
  'conversations:',
  '  social-media:',
  '    owner: cmo',
  '    participants: [pr-lead, sales-lead, community-manager, cio]',
  '    applications:',
  '      - id: customer-blogs',
  '        name: Customer blogger program',
  '        owner: community-manager',
  '        audience: external',
  '',
].join('\n');

export const LIABILITY = [
  'part-of: ../company.strategy.yaml',
  'conversations:',
  '  social-liability:',
  '    owner: general-counsel',
  '    participants: [cso, chief-regulatory-officer, cio]',
  '    liabilities:',
  '      - id: data-exposure   # the legal team keeps this one',
  '        title: Customer data published',
  '        category: privacy',
  '        owner: cso',
  '        covers: []',
  '        mitigations: [Blogger guidelines]',
  '',
].join('\n');

export type Files = Record<string, string>;

/** The clean strategy: a root and two parts (only rule findings a split strategy has: uncovered, missing conversations). */
export function contoso(): Files {
  return {
    'company.strategy.yaml': ROOT_FILE,
    'parts/media.strategy.yaml': MEDIA,
    'parts/liability.strategy.yaml': LIABILITY,
  };
}

export function writeWorkspace(files: Files): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-ws-')));
  for (const [name, text] of Object.entries(files)) writeFile(dir, name, text);
  return dir;
}

export function writeFile(dir: string, name: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
}

export function uriIn(dir: string, name: string): string {
  return pathToFileURL(path.join(dir, name)).href;
}

/** `strategy check .` in the folder, as JSON: file name (relative) -> diagnostics. */
export function checkFolder(dir: string): Map<string, unknown[]> {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'dist', 'cli.js'), 'check', '.', '--format', 'json', '--today', TODAY],
    { cwd: dir, encoding: 'utf8', timeout: 60_000 },
  );
  return new Map(
    (JSON.parse(r.stdout) as { file: string; diagnostics: unknown[] }[]).map((e) => [e.file, e.diagnostics]),
  );
}

/** An LSP diagnostic in the CLI's JSON shape, related files named relative to `dir`. */
export function asCli(d: Diagnostic, dir: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    range: d.range,
    severity: SEVERITY_NAME[d.severity ?? 1],
    code: d.code,
    source: d.source,
    message: d.message,
  };
  if (d.data !== undefined) out.data = d.data;
  if (d.relatedInformation) {
    out.related = d.relatedInformation.map((r) => ({
      file: path.relative(dir, fileURLToPath(r.location.uri)),
      range: r.location.range,
      message: r.message,
    }));
  }
  return out;
}

/** The text of each file after a WorkspaceEdit (`changes` form), by URI. */
export function applyEdit(edit: WorkspaceEdit, textOf: (uri: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    out.set(uri, TextDocument.applyEdits(TextDocument.create(uri, 'strategy', 1, textOf(uri)), edits));
  }
  return out;
}

export function readUri(uri: string): string {
  return fs.readFileSync(fileURLToPath(uri), 'utf8');
}
