/** Where each rule's page lives: the one place the docs URL is spelled (CLI SARIF help, LSP codeDescription). */
import type { RuleCode } from './types';

export const RULE_DOCS_BASE = 'https://github.com/strategy-as-code/strategy-as-code/blob/main/docs/rules/';

export function ruleDocUrl(code: RuleCode): string {
  return `${RULE_DOCS_BASE}${code}.md`;
}
