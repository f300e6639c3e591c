/** The pure facade: text + options in, model and diagnostics out. */
import { localToday } from './dates';
import { buildModel, isPartTree } from './model/build';
import type { StrategyModel } from './model/types';
import { readStrategyText, type ParsedText } from './parse/parseStrategy';
import { MAX_NESTING } from './parse/nesting';
import { collectTreeProblems } from './parse/treeProblems';
import { toData, type TreeNode } from './parse/tree';
import { LineIndex } from './lines';
import { lineZero as firstLine, problem, schemaProblem } from './problems';
import { RULES } from './rules';
import { createContext, type Rule } from './rules/context';
import { oversize } from './size';
import { mapSchemaErrors } from './schema/mapErrors';
import { validateData } from './schema/ajv';
import { findSuppressions, isSuppressed } from './suppressions';
import { DEFAULT_MAX_FILE_SIZE, type AnalyzeOptions, type Problem, type RuleCode, type Span } from './types';

export interface Analysis {
  file: string;
  text: string;
  parsed?: ParsedText;
  model: StrategyModel;
  /** Problems after suppressions and severity overrides, in the spec's order. */
  problems: Problem[];
  /** The plain tree of the document (null when empty, too large or not parsed). */
  root?: TreeNode | null;
  /** Offsets -> line/character for this text (absent for a file too large to parse). */
  lines?: LineIndex;
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
  const size = oversize(text, limit);
  const lineZero = firstLine(text);
  if (size !== undefined) {
    const tooLarge = problem(
      'file-too-large',
      'error',
      lineZero,
      `The file is ${size} bytes, over the ${limit}-byte limit; split the strategy or raise the limit (strategy.maxFileSize, --max-file-size).`,
    );
    return finish({ file, text, model: buildModel(null, file), problems: [tooLarge], unchecked: true }, options);
  }
  const parsed = readStrategyText(text);
  const lines = new LineIndex(text);
  const problems: Problem[] = parsed.syntaxErrors.map((e) => schemaProblem(e.span, `YAML syntax error: ${e.message}`));
  // A file with syntax errors gets those and no other diagnostic: what the parser recovered is kept
  // for the preview and the editing features, but not checked as if the user had written it.
  const broken = problems.length > 0;
  if (parsed.extraDocument && !broken) {
    problems.push(
      schemaProblem(
        parsed.extraDocument,
        'A strategy file holds one YAML document; move this second document to its own file.',
      ),
    );
  }
  const root = parsed.root;
  if (parsed.tooLarge || !root || root.kind !== 'map') {
    const message =
      parsed.tooLarge === 'alias'
        ? 'The file expands to more than 10,000 nodes through aliases; remove the aliases that repeat content.'
        : parsed.tooLarge === 'depth'
          ? tooDeepMessage(lines, parsed.deepAt)
          : !root
            ? 'The file is empty; start with strategy, organization and sponsor (or run "strategy init").'
            : 'A strategy file must be a mapping of keys (strategy, organization, sponsor, conversations...); this file is not.';
    if (!broken && (parsed.tooLarge || problems.length === 0)) problems.push(schemaProblem(lineZero, message));
    const unchecked: Analysis = {
      file,
      text,
      parsed,
      root: null,
      model: buildModel(null, file),
      problems,
      unchecked: true,
    };
    if (parsed.syntaxErrors.length) unchecked.syntaxErrors = parsed.syntaxErrors.map((e) => e.span);
    return finish(unchecked, options, lines);
  }
  if (!broken) {
    for (const p of collectTreeProblems(root)) problems.push(schemaProblem(p.span, p.message));
    for (const f of mapSchemaErrors(validateData(toData(root), isPartTree(root) ? 'part' : 'root'), root, lineZero))
      problems.push(schemaProblem(f.span, f.message, f.data));
  }
  const ruleHooks = broken ? { ...hooks, rules: [] } : hooks;
  const analysis = checkRules({ file, text, parsed, problems, root, lineZero, today }, options, ruleHooks, lines);
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
export function checkRules(
  t: CheckedTree,
  options: AnalyzeOptions,
  hooks: AnalyzeHooks,
  lines = new LineIndex(t.text),
): Analysis {
  const model = buildModel(t.root, t.file);
  const ctx = createContext(model, t.today, t.lineZero);
  const problems = t.problems;
  for (const rule of hooks.rules ?? RULES) {
    try {
      for (const f of rule.check(ctx)) {
        const p = problem(rule.code, f.severity ?? rule.defaultSeverity, f.span, f.message, f.data);
        if (f.related) p.related = f.related;
        problems.push(p);
      }
    } catch (error) {
      hooks.onRuleError?.(rule.code, error);
    }
  }
  const a: Analysis = { file: t.file, text: t.text, model, problems, root: t.root };
  if (t.parsed) a.parsed = t.parsed;
  return finish(a, options, lines);
}

/** Names the line where the nesting went too deep, when the parser found it. */
function tooDeepMessage(lines: LineIndex, at: number | undefined): string {
  const where = at === undefined ? '' : ` (from line ${lines.position(at).line + 1})`;
  return `The file nests lists and mappings more than ${MAX_NESTING} levels deep${where}, too deep to check; a strategy needs about 6 levels, so flatten it.`;
}

/** Applies severity overrides and suppressions, then sorts by position and code. */
export function finish(a: Analysis, options: AnalyzeOptions, lines?: LineIndex): Analysis {
  // A file that was not parsed (too large) has only line-0 problems: no need to index its lines.
  const suppressions = lines && !options.ignoreSuppressions ? findSuppressions(a.text, lines) : undefined;
  if (lines) a.lines = lines;
  const kept: (Problem & { line: number; col: number })[] = [];
  for (const p of a.problems) {
    const override = options.rules?.[p.code];
    if (override === 'off') continue;
    const { line, character: col } = lines ? lines.position(p.span.start) : { line: 0, character: 0 };
    if (suppressions && isSuppressed(suppressions, p.code, line)) continue;
    kept.push({ ...p, severity: override ?? p.severity, line, col });
  }
  kept.sort((x, y) => x.line - y.line || x.col - y.col || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  a.problems = kept.map(({ line: _l, col: _c, ...p }) => p);
  return a;
}
