/**
 * Where the rule pages (docs/rules/CODE.md) are for the running product. They ship beside dist/: in
 * the installed extension, in the npm package and in this clone, so the pages are found from this
 * file's folder, whatever the install. Node only: the language server links to them (a file: URI,
 * which the editor opens) and `strategy check --format sarif` carries their text. No web address is
 * given because the product has none.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { RuleCode } from '../core/types';

let folder: string | null | undefined;

/** docs/rules of the product: dist/../docs/rules when bundled, the repository's when run from source. */
export function ruleDocsFolder(): string | undefined {
  if (folder === undefined) folder = findFrom(__dirname) ?? null;
  return folder ?? undefined;
}

function findFrom(start: string): string | undefined {
  let dir = start;
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (fs.existsSync(path.join(candidate, 'README.md'))) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

/** The file: URI of a rule's page, or undefined when the pages are not installed. */
export function ruleDocUri(code: RuleCode): string | undefined {
  const dir = ruleDocsFolder();
  return dir ? pathToFileURL(path.join(dir, `${code}.md`)).href : undefined;
}

/** The Markdown text of a rule's page, or undefined when it cannot be read. */
export function ruleDocText(code: RuleCode): string | undefined {
  const dir = ruleDocsFolder();
  if (!dir) return undefined;
  try {
    return fs.readFileSync(path.join(dir, `${code}.md`), 'utf8');
  } catch {
    return undefined;
  }
}
