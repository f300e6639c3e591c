/** The pure facade: text + options in, model and diagnostics out. */
import type { LineCounter } from 'yaml';
import { localToday } from './dates';
import { buildModel } from './model/build';
import type { StrategyModel } from './model/types';
import { parseStrategyText, type ParsedText } from './parse/parseStrategy';
import { MAX_NESTING } from './parse/nesting';
import { collectTreeProblems } from './parse/treeProblems';
import { toData, type TreeNode } from './parse/tree';
import { PositionMapper } from './positions';
import { RULES } from './rules';
import { createContext, type Rule } from './rules/context';
import { mapSchemaErrors } from './schema/mapErrors';
import { validateData } from './schema/ajv';
import { findSuppressions, isSuppressed } from './suppressions';
import {
  DEFAULT_MAX_FILE_SIZE, type AnalyzeOptions, type Diagnostic, type Problem, type RuleCode, type Severity, type Span,
} from './types';

export interface Analysis {
  file: string;
  text: string;
  parsed?: ParsedText;
  model: StrategyModel;
  /** Problems after suppressions and severity overrides, in the spec's order. */
  problems: Problem[];
  /** The plain tree of the document (null when empty, too large or not parsed). */
  root?: TreeNode | null;
  /** Offsets -> line/character for this text. */
  positions?: PositionMapper;
  /** Set when the file is too large or not a mapping: nothing beyond the schema was checked. */
  unchecked?: boolean;
  /** Where YAML syntax errors were found, whatever is suppressed; absent when there were none. */
  syntaxErrors?: readonly Span[];
}

/** The document's tree: the analysis's own, else (a file that was not a mapping) what the parser read. */
export function treeOf(analysis: Analysis): TreeNode | null | undefined {
  return analysis.root ?? analysis.parsed?.root;
}

export interface AnalyzeHooks {
  /** Called when a rule throws; the other rules still report. */
  onRuleError?: (code: RuleCode, error: unknown) => void;
  /** The rules to run instead of the registry (tests inject a rule that throws). */
  rules?: readonly Rule[];
}

export function analyze(text: string, file: string, options: AnalyzeOptions = {}, hooks: AnalyzeHooks = {}): Analysis {
  const today = options.today ?? localToday();
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const size = text.length > limit / 3 ? Buffer.byteLength(text, 'utf8') : text.length;
  const lineZero: Span = { start: 0, end: firstLineEnd(text) };
  if (size > limit) {
    const problem = raw('file-too-large', 'error', lineZero,
      `The file is ${size} bytes, over the ${limit}-byte limit; split the strategy or raise the limit (strategy.maxFileSize, --max-file-size).`);
    return finish({ file, text, model: buildModel(null, file), problems: [problem], unchecked: true }, options);
  }
  const parsed = parseStrategyText(text);
  const problems: Problem[] = parsed.syntaxErrors.map((e) => raw('schema', 'error', e.span, `YAML syntax error: ${e.message}`));
  // A file with syntax errors gets those and no other diagnostic: what the parser recovered is kept
  // for the preview and the editing features, but not checked as if the user had written it.
  const broken = problems.length > 0;
  if (parsed.extraDocument && !broken) {
    problems.push(raw('schema', 'error', parsed.extraDocument, 'A strategy file holds one YAML document; move this second document to its own file.'));
  }
  const root = parsed.root;
  if (parsed.tooLarge || !root || root.kind !== 'map') {
    const message = parsed.tooLarge === 'alias'
      ? 'The file expands to more than 10,000 nodes through aliases; remove the aliases that repeat content.'
      : parsed.tooLarge === 'depth'
        ? tooDeepMessage(text, parsed.deepAt)
        : !root
          ? 'The file is empty; start with strategy, organization and sponsor (or run "strategy init").'
          : 'A strategy file must be a mapping of keys (strategy, organization, sponsor, conversations...); this file is not.';
    if (!broken && (parsed.tooLarge || problems.length === 0)) problems.push(raw('schema', 'error', lineZero, message));
    const unchecked: Analysis = { file, text, parsed, root: null, model: buildModel(null, file), problems, unchecked: true };
    if (parsed.syntaxErrors.length) unchecked.syntaxErrors = parsed.syntaxErrors.map((e) => e.span);
    return finish(unchecked, options, parsed.lineCounter);
  }
  if (!broken) {
    for (const p of collectTreeProblems(root)) problems.push(raw('schema', 'error', p.span, p.message));
    for (const f of mapSchemaErrors(validateData(toData(root)), root, lineZero)) {
      problems.push(raw('schema', 'error', f.span, f.message, f.data));
    }
  }
  const ruleHooks = broken ? { ...hooks, rules: [] } : hooks;
  const analysis = checkRules({ file, text, parsed, problems, root, lineZero, today }, options, ruleHooks, parsed.lineCounter);
  if (parsed.syntaxErrors.length) analysis.syntaxErrors = parsed.syntaxErrors.map((e) => e.span);
  return analysis;
}

export interface CheckedTree {
  file: string;
  text: string;
  parsed?: ParsedText;
  /** Schema and syntax problems found so far. */
  problems: Problem[];
  root: TreeNode;
  lineZero: Span;
  today: string;
}

/** Builds the model from a checked tree, runs every rule and finishes the analysis. */
export function checkRules(t: CheckedTree, options: AnalyzeOptions, hooks: AnalyzeHooks, lines?: LineCounter | PositionMapper): Analysis {
  const model = buildModel(t.root, t.file);
  const ctx = createContext(model, t.today, t.lineZero);
  const problems = t.problems;
  for (const rule of hooks.rules ?? RULES) {
    try {
      for (const f of rule.check(ctx)) {
        problems.push(raw(rule.code, f.severity ?? rule.defaultSeverity, f.span, f.message, f.data));
      }
    } catch (error) {
      hooks.onRuleError?.(rule.code, error);
    }
  }
  const a: Analysis = { file: t.file, text: t.text, model, problems, root: t.root };
  if (t.parsed) a.parsed = t.parsed;
  return finish(a, options, lines);
}

export function raw(code: RuleCode, severity: Severity, span: Span, message: string, data?: Record<string, unknown>): Problem {
  return data && Object.keys(data).length ? { code, severity, span, message, data } : { code, severity, span, message };
}

/** Names the line where the nesting went too deep, when the parser found it. */
function tooDeepMessage(text: string, at: number | undefined): string {
  const where = at === undefined ? '' : ` (from line ${new PositionMapper(text).position(at).line + 1})`;
  return `The file nests lists and mappings more than ${MAX_NESTING} levels deep${where}, too deep to check; a strategy needs about 6 levels, so flatten it.`;
}

function firstLineEnd(text: string): number {
  const nl = text.search(/[\r\n]/); // a line ends at \n, \r\n or a lone \r
  return nl < 0 ? Math.min(text.length, 1000) : nl;
}

/** Applies severity overrides and suppressions, then sorts by position and code. */
function finish(a: Analysis, options: AnalyzeOptions, lines?: LineCounter | PositionMapper): Analysis {
  // A file that was not parsed (too large) has only line-0 problems: no need to index its lines.
  const mapper = lines instanceof PositionMapper ? lines : lines ? new PositionMapper(a.text) : undefined;
  const suppressions = mapper && !options.ignoreSuppressions ? findSuppressions(a.text, mapper) : undefined;
  if (mapper) a.positions = mapper;
  const kept: (Problem & { line: number; col: number })[] = [];
  for (const p of a.problems) {
    const override = options.rules?.[p.code];
    if (override === 'off') continue;
    const { line, character: col } = mapper ? mapper.position(p.span.start) : { line: 0, character: 0 };
    if (suppressions && isSuppressed(suppressions, p.code, line)) continue;
    kept.push({ ...p, severity: override ?? p.severity, line, col });
  }
  kept.sort((x, y) => x.line - y.line || x.col - y.col || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  a.problems = kept.map(({ line: _l, col: _c, ...p }) => p);
  return a;
}

export type { Diagnostic };
