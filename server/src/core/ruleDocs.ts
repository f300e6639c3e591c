/**
 * Every rule code with its description and default severity: the one place
 * the codes are listed (the pages themselves ship with the product: server/src/node/ruleDocs.ts).
 */
import { RULES } from './rules';
import type { RuleCode, Severity } from './types';

export interface RuleHelp {
  description: string;
  defaultSeverity: Severity;
}

/** The schema and size checks (in analyze), then the rules in the registry's order. */
export const RULE_HELP = {
  schema: {
    description: 'The file breaks the JSON Schema of strategy files or is not valid YAML.',
    defaultSeverity: 'error',
  },
  'file-too-large': {
    description: 'The file is larger than the size limit; nothing else is checked.',
    defaultSeverity: 'error',
  },
  ...Object.fromEntries(RULES.map((r) => [r.code, { description: r.description, defaultSeverity: r.defaultSeverity }])),
} as Record<RuleCode, RuleHelp>;

/** All rule codes, in RULE_HELP's order (SARIF's rule list, `--rule` messages). */
export const RULE_CODES = Object.keys(RULE_HELP) as RuleCode[];

export function isRuleCode(code: string): code is RuleCode {
  return Object.prototype.hasOwnProperty.call(RULE_HELP, code);
}
