/** Output formats of `strategy check`: compiler-style text, JSON and SARIF 2.1.0. */
import type { RuleCode } from '../core';
import { RULE_CODES, RULE_HELP } from '../core/ruleDocs';
import { ruleDocText } from '../node/ruleDocs';
import type { Diagnostic } from './diagnostics';

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(
        `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`,
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(
    results.map((r) => ({ file: r.file, diagnostics: r.diagnostics })),
    null,
    2,
  )}\n`;
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The rule's page (docs/rules/CODE.md, shipped with the product) as its help; the product has no web address for it. */
function help(code: RuleCode): { text: string; markdown?: string } {
  const page = ruleDocText(code);
  return page ? { text: page, markdown: page } : { text: RULE_HELP[code].description };
}

export function formatSarif(results: readonly FileResult[], version: string): string {
  const rules = RULE_CODES.map((code) => ({
    id: code,
    name: code,
    shortDescription: { text: RULE_HELP[code].description },
    fullDescription: { text: RULE_HELP[code].description },
    help: help(code),
    defaultConfiguration: { level: SARIF_LEVEL[RULE_HELP[code].defaultSeverity] },
  }));
  const sarifResults = results.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.code,
      ruleIndex: RULE_CODES.indexOf(d.code),
      level: SARIF_LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(r.file) },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
      ...(d.related
        ? {
            relatedLocations: d.related.map((rel, id) => ({
              id,
              physicalLocation: physical(rel.file, rel.range),
              message: { text: rel.message },
            })),
          }
        : {}),
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'strategy', version, rules } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function physical(file: string, range: Diagnostic['range']) {
  return {
    artifactLocation: { uri: toUri(file) },
    region: {
      startLine: range.start.line + 1,
      startColumn: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
    },
  };
}

function toUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
