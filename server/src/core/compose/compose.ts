/**
 * A strategy across files: a root with `include`, parts with `part-of`, composed into one model on
 * which every rule runs; each problem is reported in the file its span names. A one-file strategy
 * (no `include`, no `part-of`) is analysed exactly as `analyze` does.
 */
import { finish, type Analysis, type AnalyzeHooks } from '../analyze';
import { localToday } from '../dates';
import type { StrategyHost } from '../host';
import type { CompositionFacts, StrategyModel } from '../model/types';
import { LineIndex } from '../lines';
import { problem } from '../problems';
import { RULES } from '../rules';
import { createContext, type Rule } from '../rules/context';
import type { AnalyzeOptions, Problem, Span } from '../types';
import { FileAnalyses, type FileAnalysed } from './fileCache';
import { mergeModels } from './merge';
import { basename, dirname, isAbsolutePath, relativePath } from './paths';
import { partOfTarget, resolveIncludes } from './resolve';

type Read = FileAnalysed;

export interface ComposedStrategy {
  /** `single`: a one-file strategy; `composed`: a root and its parts; `orphan`: a part its root does not take, alone. */
  kind: 'single' | 'composed' | 'orphan';
  /** The root's real path (for an orphan, the part's). */
  root: string;
  /** The files of the strategy in composition order, by real path; each analysis's problems are that file's diagnostics. */
  files: Map<string, Analysis>;
  /** The composed model (for one file, the file's model). */
  model: StrategyModel;
  /** Each file's name relative to the root's folder (the root: its file name). */
  labels: Map<string, string>;
}

export type ComposeResult = ComposedStrategy | { file: string; error: string };

/**
 * Composes strategies on a host, keeping every file's analysis between calls: composing again after
 * an edit re-parses only the changed file (only the blocks it touched), then re-runs the rules.
 */
export class StrategyComposer {
  readonly cache: FileAnalyses;

  constructor(
    private readonly host: StrategyHost,
    readonly options: AnalyzeOptions = {},
    private readonly hooks: AnalyzeHooks = {},
    /** Which files keep their tree and incremental analyzer (default: all; see FileAnalyses). */
    keepsTree?: (file: string) => boolean,
  ) {
    this.cache = new FileAnalyses(options, keepsTree);
  }

  /** The real path of the root of the strategy `file` belongs to (the file itself for a root, a one-file strategy or an orphan). */
  rootOf(file: string): string | undefined {
    const r = this.compose(file);
    return 'error' in r ? undefined : r.root;
  }

  /** The whole strategy that `file` (a root, a part or a one-file strategy) belongs to. */
  compose(file: string): ComposeResult {
    const real = this.host.realpath(file) ?? file;
    const read = this.cache.read(this.host, real);
    if ('error' in read) return read;
    const partOf = read.analysis.model.partOf;
    if (!partOf) return this.composeRoot(read);
    const value = partOf.value;
    let why: string;
    if (!value) why = 'The part-of of this part is empty; name the root strategy file it belongs to.';
    else if (isAbsolutePath(value.text))
      why = `This part's part-of ${q(value.text)} is an absolute path; write it relative to this file's folder.`;
    else {
      const target = partOfTarget(this.host, real, value);
      const root = target === undefined ? undefined : this.cache.read(this.host, target);
      if (!root || 'error' in root)
        why = `This part's part-of ${q(value.text)} names no readable strategy file; fix the path.`;
      else if (root.analysis.model.partOf)
        why = `This part's part-of ${q(value.text)} names a file that is itself a part; name the root strategy file.`;
      else if (root.analysis.unchecked)
        why = `This part's part-of ${q(value.text)} names a file that cannot be checked as a strategy; fix that file or the path.`;
      else {
        const composed = this.composeRoot(root);
        if (composed.files.has(real)) return composed;
        why = `The root ${q(value.text)} does not include this part; add ${q(relativePath(dirname(root.file), real))} to its include.`;
      }
    }
    return this.orphan(read, { span: value?.span ?? partOf.keySpan, message: why });
  }

  private composeRoot(read: Read): ComposedStrategy {
    const a = read.analysis;
    const labels = new Map([[read.file, basename(read.file)]]);
    if (!a.model.include) {
      // Nothing beyond the file's own problems: too large, not a mapping, or YAML syntax errors (as analyze does).
      if (a.unchecked || a.syntaxErrors)
        return { kind: 'single', root: read.file, files: new Map([[read.file, a]]), model: a.model, labels };
      const problems = this.runRules(a.model, read.lineZero, this.hooks.rules ?? RULES);
      return {
        kind: 'single',
        root: read.file,
        files: new Map([[read.file, this.withProblems(a, problems)]]),
        model: a.model,
        labels,
      };
    }
    const { parts, unresolved } = resolveIncludes(this.host, this.cache, read.file, a.model.include.entries);
    const reads = [read, ...parts];
    for (const p of parts) labels.set(p.file, relativePath(dirname(read.file), p.file));
    const facts = this.facts(reads, labels);
    facts.unresolvedIncludes = unresolved;
    const model = mergeModels(
      a.model,
      parts.map((p) => p.analysis.model),
      facts,
    );
    const byFile = new Map<string, Problem[]>(reads.map((r) => [r.file, []]));
    for (const p of this.runRules(model, read.lineZero, this.hooks.rules ?? RULES))
      byFile.get(p.span.file ?? read.file)?.push(p);
    const files = new Map<string, Analysis>();
    for (const r of reads) {
      // A file with syntax errors gets only its own problems: what the parser guessed is not the user's mistake.
      const ruleProblems = r.analysis.syntaxErrors ? [] : byFile.get(r.file)!;
      files.set(r.file, this.withProblems(r.analysis, ruleProblems));
    }
    return { kind: 'composed', root: read.file, files, model, labels };
  }

  private orphan(read: Read, orphan: { span: Span; message: string }): ComposedStrategy {
    const labels = new Map([[read.file, basename(read.file)]]);
    const facts = this.facts([read], labels);
    facts.orphan = orphan;
    const model: StrategyModel = { ...read.analysis.model, composition: facts };
    const rules = (this.hooks.rules ?? RULES).filter((r) => r.code === 'orphan-part');
    const problems = this.runRules(model, read.lineZero, rules);
    return {
      kind: 'orphan',
      root: read.file,
      files: new Map([[read.file, this.withProblems(read.analysis, problems)]]),
      model,
      labels,
    };
  }

  private facts(reads: readonly Read[], labels: Map<string, string>): CompositionFacts {
    const byFile = new Map(reads.map((r) => [r.file, r.analysis]));
    return {
      files: reads.map((r) => r.file),
      labels,
      unresolvedIncludes: [],
      shadowed: [],
      lineOf: (span) => {
        const a = byFile.get(span.file ?? reads[0].file);
        return a ? (a.lines ??= new LineIndex(a.text)).position(span.start).line + 1 : 1;
      },
    };
  }

  private runRules(model: StrategyModel, lineZero: Span, rules: readonly Rule[]): Problem[] {
    const ctx = createContext(model, this.options.today ?? localToday(), lineZero);
    const out: Problem[] = [];
    for (const rule of rules) {
      try {
        for (const f of rule.check(ctx)) {
          const p = problem(rule.code, f.severity ?? rule.defaultSeverity, f.span, f.message, f.data);
          if (f.related) p.related = f.related;
          out.push(p);
        }
      } catch (error) {
        this.hooks.onRuleError?.(rule.code, error);
      }
    }
    return out;
  }

  /** A copy of a file's analysis whose problems are its own plus the strategy's rules' in it, after settings and suppressions. */
  private withProblems(a: Analysis, ruleProblems: Problem[]): Analysis {
    const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(a)) as Analysis;
    copy.problems = [...a.problems, ...ruleProblems];
    return finish(copy, this.options, (a.lines ??= new LineIndex(a.text)));
  }
}

/** Composes the strategy `file` belongs to, on a fresh cache (one-shot callers: the CLI, tests). */
export function composeStrategy(
  file: string,
  host: StrategyHost,
  options: AnalyzeOptions = {},
  hooks: AnalyzeHooks = {},
): ComposeResult {
  return new StrategyComposer(host, options, hooks).compose(file);
}

function q(s: string): string {
  return JSON.stringify(s);
}
