/**
 * The workspace: every strategy file in the workspace folders (found by the walk `strategy check` of a
 * folder does), opened or not, composed into its strategy, with its diagnostics kept in one store
 * (pushed, or pulled by clients that pull). Changes come from the editor's documents (open, edit,
 * close) and from watched-file events; each marks paths as changed, and the next `flush` re-composes
 * the strategies those paths concern and records the diagnostics of all their files. Files outside
 * the folders are read from disk when a strategy needs them; their diagnostics are reported while
 * they are open.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalyzeOptions } from '../../core';
import {
  jobsFor,
  putAnalysed,
  StrategyComposer,
  worthThreads,
  type ComposedStrategy,
  type FileThreads,
} from '../../core/compose';
import { STRATEGY_FILE_NAME } from '../../core/compose/paths';
import { fileDiagnostics, positionsOf } from './diagnostics';
import { describe } from '../documentCache';
import type { RuleFailureSink } from '../documentCache';
import type { ServerFiles } from '../files';
import { WorkspaceHost } from './host';
import { Strategies } from './strategies';
import { DiagnosticStore, type Push } from './store';

export interface WorkspaceOptions {
  /** The platform's files (the disk, or the client's copies in a browser). */
  files: ServerFiles;
  documents: { get(uri: string): TextDocument | undefined };
  /** The analysis options of a file (its settings and the server's today). */
  optionsFor: (uri: string) => Promise<AnalyzeOptions>;
  /** Whether an open document is analysed on its own elsewhere (a large document, in the worker). */
  isAlone: (document: TextDocument) => boolean;
  push: Push;
  /** Worker threads for a batch of many files (indexing the workspace); absent: one thread. */
  pool?: FileThreads;
  ruleFailures: RuleFailureSink;
  log: (message: string) => void;
  /** Told of each file the index analysed: on this thread, or on the worker threads (STRATEGY_TRACE=analyses). */
  onAnalysed?: (uri: string, where: 'here' | 'thread') => void;
}

export type FileChange = { file: string; kind: 'created' | 'changed' | 'deleted' };

export class StrategyWorkspace {
  readonly host: WorkspaceHost;
  readonly store: DiagnosticStore;
  private readonly strategies: Strategies;
  private readonly composers = new Map<string, StrategyComposer>();
  private readonly indexed = new Set<string>();
  private readonly open = new Map<string, string>();
  /** The file of each URI the store holds diagnostics for. */
  private readonly reported = new Map<string, string>();
  private folders: string[] = [];
  private pending = new Set<string>();
  private running: Promise<void> = Promise.resolve();
  private current = '';
  /** Composers of the settings before a change, dropped after the next flush unless it uses them. */
  private unused = new Set<string>();
  /** Called after a flush changed some file's diagnostics (pull clients are asked to pull again). */
  onChanged: () => void = () => {};

  constructor(private readonly options: WorkspaceOptions) {
    this.host = new WorkspaceHost(options.files, (file) => this.openText(file), false);
    this.strategies = new Strategies(this.host);
    this.store = new DiagnosticStore(options.push);
  }

  /** The workspace folders (file URIs); other schemes are skipped. Indexes them and checks every file found. */
  async start(folderUris: readonly string[], watching: boolean): Promise<void> {
    this.host.watching = watching;
    const { files } = this.options;
    this.folders = folderUris
      .map((uri) => files.pathOf(uri))
      .filter((p): p is string => p !== undefined)
      .map((p) => files.realpath(p) ?? p);
    for (const p of await files.find(this.folders)) {
      this.indexed.add(p);
      this.pending.add(p);
    }
    await this.flush();
  }

  /** The path the core knows a file: URI by (its real path), or undefined for other schemes. */
  pathOf(uri: string): string | undefined {
    const p = this.options.files.pathOf(uri);
    return p === undefined ? undefined : (this.host.realpath(p) ?? p);
  }

  uriOf(file: string): string {
    return this.open.get(file) ?? this.options.files.uriOf(file);
  }

  /** Whether the workspace checks this open document (a file: URI not analysed alone). */
  handles(document: TextDocument): boolean {
    return this.pathOf(document.uri) !== undefined && !this.options.isAlone(document);
  }

  opened(uri: string): void {
    const file = this.pathOf(uri);
    if (file === undefined) return;
    this.open.set(file, uri);
    this.pending.add(file);
  }

  edited(uri: string): void {
    const file = this.pathOf(uri);
    if (file !== undefined) this.pending.add(file);
  }

  closed(uri: string): void {
    const file = this.pathOf(uri);
    if (file === undefined) return;
    this.open.delete(file);
    for (const c of this.composers.values()) c.cache.release(file); // closed: model and problems only
    this.host.changed([file]); // its text is the disk's again
    this.pending.add(file);
  }

  /** Watched-file events: the index and the disk's answers follow them. */
  watched(changes: readonly FileChange[]): void {
    for (const { file, kind } of changes) {
      this.host.changed([file]);
      if (kind === 'deleted') {
        for (const c of this.composers.values()) c.cache.forget(file);
        for (const f of [...this.indexed]) if (f === file || f.startsWith(`${file}/`)) this.indexed.delete(f);
      } else if (STRATEGY_FILE_NAME.test(file) && this.inFolders(file)) this.indexed.add(file);
      this.pending.add(file);
    }
  }

  /**
   * Settings changed: every strategy is composed again. The composers stay: one whose options come
   * back unchanged (a client re-sending the same settings) keeps its files' analyses, so only the
   * rules run again; the others are dropped after the next flush.
   */
  reset(): void {
    this.unused = new Set(this.composers.keys());
    for (const held of [...this.strategies.all()]) for (const f of held.strategy.files.keys()) this.pending.add(f);
  }

  /** The strategy of a file, with every change so far taken in. */
  async strategyOf(
    uri: string,
  ): Promise<{ strategy: ComposedStrategy; file: string; composer: StrategyComposer } | undefined> {
    await this.flush();
    const file = this.pathOf(uri);
    const strategy = file === undefined ? undefined : this.strategies.of(file);
    if (!strategy || file === undefined) return undefined;
    return { strategy, file, composer: await this.composer(this.uriOf(strategy.root)) };
  }

  /** Takes in every change so far: re-composes what they concern and records the new diagnostics. */
  flush(): Promise<void> {
    const run = this.running.then(() => this.flushNow());
    this.running = run.catch((error) => this.options.log(`Checking the workspace failed: ${describe(error)}`));
    return run;
  }

  private async flushNow(): Promise<void> {
    if (!this.pending.size) return;
    const changed = [...this.pending];
    this.pending = new Set();
    this.host.beginBatch();
    const todo = new Set(this.strategies.invalidate(changed));
    // Files no longer checked (deleted, closed outside the folders) need no settings; eligibility is
    // asked again after the round trips, when a document opened meanwhile is known.
    for (const f of changed) if (this.eligible(f)) todo.add(f);
    // Each file's settings, asked for all at once (one workspace/configuration round trip each, in parallel).
    const composers = new Map(
      await Promise.all([...todo].map(async (f) => [f, await this.composer(this.uriOf(f))] as const)),
    );
    // Read after the round trips: a document opened meanwhile is known by now (and one analysed alone,
    // in the analysis worker, is not analysed here too).
    const files = [...todo].filter((f) => this.eligible(f));
    // The open files' strategies first, published before the rest of the index is checked.
    const open = files.filter((f) => this.open.has(f));
    let changedAny = this.publish(await this.composeAll(open, composers));
    const rest = files.filter((f) => !this.open.has(f) && !this.strategies.has(f));
    if (rest.length) {
      if (open.length) await new Promise((resolve) => setTimeout(resolve, 0)); // let those diagnostics go out
      await this.onThreads(rest, composers);
      changedAny = this.publish(await this.composeAll(rest, composers)) || changedAny;
    }
    for (const [uri, file] of this.reported) {
      if (!this.eligible(file) || !this.strategies.has(file)) {
        this.reported.delete(uri);
        // A document analysed alone publishes its own diagnostics: they are not cleared here.
        this.store.delete(uri, !this.analysedAlone(file));
        changedAny = true;
      }
    }
    for (const key of this.unused) this.composers.delete(key);
    this.unused.clear();
    if (changedAny) this.onChanged();
  }

  /** Composes the strategies of `files` (each once); answers those composed. */
  private async composeAll(
    files: readonly string[],
    composers: Map<string, StrategyComposer>,
  ): Promise<Set<ComposedStrategy>> {
    const done = new Set<ComposedStrategy>();
    for (const f of files) {
      if (this.strategies.has(f)) continue;
      this.current = f;
      const r = this.strategies.compose(f, composers.get(f)!);
      if ('error' in r) continue;
      // A strategy is checked with its root's settings.
      const rootComposer = r.root === f ? composers.get(f)! : await this.composer(this.uriOf(r.root));
      if (rootComposer !== composers.get(f)) {
        this.strategies.invalidate([r.root]);
        const again = this.strategies.compose(r.root, rootComposer);
        if (!('error' in again)) done.add(again);
      } else done.add(r);
    }
    return done;
  }

  /** Records (and pushes) the diagnostics of every checked file of these strategies; true when some changed. */
  private publish(done: Set<ComposedStrategy>): boolean {
    let changedAny = false;
    for (const s of done) {
      if (this.strategies.of(s.root) !== s) continue; // replaced meanwhile
      const positions = positionsOf(s);
      for (const file of s.files.keys()) {
        if (!this.eligible(file)) continue;
        const uri = this.uriOf(file);
        const diagnostics = fileDiagnostics(s, file, { uriOf: (f) => this.uriOf(f), positions });
        this.reported.set(uri, file);
        changedAny = this.store.set(uri, diagnostics, this.options.documents.get(uri)?.version) || changedAny;
      }
    }
    return changedAny;
  }

  /** A large batch (indexing): the files' own analyses made on the worker threads first, then composed here. */
  private async onThreads(todo: readonly string[], composers: Map<string, StrategyComposer>): Promise<void> {
    const pool = this.options.pool;
    if (!pool) return;
    const groups = new Map<StrategyComposer, { file: string; text: string }[]>();
    const all: { file: string; text: string }[] = [];
    for (const f of todo) {
      const c = composers.get(f)!;
      const r = this.host.readFile(f);
      if (!('text' in r) || c.cache.has(f, r.text)) continue;
      const t = { file: f, text: r.text };
      all.push(t);
      groups.set(c, [...(groups.get(c) ?? []), t]);
    }
    if (!worthThreads(all, pool.size)) return;
    try {
      for (const [c, texts] of groups) {
        const jobs = jobsFor(c.cache, texts, c.options);
        putAnalysed(c.cache, jobs, await pool.analyse(jobs));
      }
    } finally {
      pool.close(); // the threads' memory goes back until the next large batch
    }
  }

  /** An open document analysed on its own (a large one, in the analysis worker). */
  private analysedAlone(file: string): boolean {
    const uri = this.open.get(file);
    const doc = uri === undefined ? undefined : this.options.documents.get(uri);
    return doc !== undefined && this.options.isAlone(doc);
  }

  /** Checked and reported: a file in the folders, or an open one (unless it is analysed alone). */
  private eligible(file: string): boolean {
    const uri = this.open.get(file);
    if (uri !== undefined) {
      const doc = this.options.documents.get(uri);
      return !doc || !this.options.isAlone(doc);
    }
    return this.indexed.has(file);
  }

  private async composer(uri: string): Promise<StrategyComposer> {
    const options = await this.options.optionsFor(uri);
    const key = JSON.stringify(options);
    this.unused.delete(key);
    let c = this.composers.get(key);
    if (!c) {
      // Only open files keep their tree and incremental analyzer: the others, their model and problems.
      c = new StrategyComposer(
        this.host,
        options,
        {
          onRuleError: (code, error) =>
            this.options.ruleFailures.report(code, this.uriOf(this.current), describe(error)),
        },
        (file) => this.open.has(file),
      );
      const { onAnalysed } = this.options;
      if (onAnalysed) c.cache.onAnalysed = (file, where) => onAnalysed(this.uriOf(file), where);
      this.composers.set(key, c);
    }
    return c;
  }

  private openText(file: string) {
    const uri = this.open.get(file);
    const doc = uri === undefined ? undefined : this.options.documents.get(uri);
    return doc && { uri: doc.uri, version: doc.version, text: doc.getText() };
  }

  private inFolders(file: string): boolean {
    return this.folders.some((f) => file.startsWith(f.endsWith('/') ? f : `${f}/`));
  }
}
