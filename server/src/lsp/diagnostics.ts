/**
 * Pushes diagnostics: at once on open and on configuration change, debounced on change (the delay is
 * the document's `strategy.validation.delay`), cleared on close. Each request gets a generation
 * number per document; work whose generation is no longer the latest is dropped, so a newer version
 * always supersedes an older one. A large document is checked by the analysis worker thread (see
 * documentFeatures), so that requests keep being answered meanwhile.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import { toLspDiagnostic } from './convert';
import { describe } from './documentCache';
import { featuresOf } from './documentFeatures';

interface State {
  generation: number;
  /** The document version the latest request is for. */
  version: number;
  timer?: ReturnType<typeof setTimeout>;
}

export class DiagnosticsManager {
  private readonly states = new Map<string, State>();

  constructor(private readonly options: ServerContext) {}

  /** Validates the document's current version now (open, configuration change). */
  validateNow(uri: string): void {
    const state = this.next(uri);
    if (state) void this.run(uri, state.generation);
  }

  /** Validates after the document's delay, unless this version was already requested or a newer edit comes first. */
  schedule(uri: string): void {
    const document = this.options.documents.get(uri);
    if (!document || this.states.get(uri)?.version === document.version) return;
    const state = this.next(uri);
    if (!state) return;
    const { generation } = state;
    this.options.settings.get(uri).then(
      (settings) => {
        if (!this.isCurrent(uri, generation)) return;
        state.timer = setTimeout(() => void this.run(uri, generation), settings.delay);
      },
      (error) => this.options.log(`Validation of ${uri} was not scheduled: ${describe(error)}`),
    );
  }

  /** Validates every open document now. */
  refreshAll(): void {
    for (const document of this.options.documents.all()) this.validateNow(document.uri);
  }

  /** The document was closed: cancel pending work and clear its diagnostics (the workspace's files: check them from disk). */
  clear(uri: string, document?: TextDocument): void {
    const state = this.states.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(uri);
    const { workspace } = this.options;
    if (workspace && document && workspace.handles(document)) {
      workspace.closed(uri);
      void workspace.flush();
    } else if (!workspace?.store.pull) void this.options.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    this.states.clear();
  }

  private next(uri: string): State | undefined {
    const document = this.options.documents.get(uri);
    if (!document) return undefined;
    const previous = this.states.get(uri);
    if (previous?.timer) clearTimeout(previous.timer);
    const state: State = { generation: (previous?.generation ?? 0) + 1, version: document.version };
    this.states.set(uri, state);
    return state;
  }

  private isCurrent(uri: string, generation: number): boolean {
    return this.states.get(uri)?.generation === generation;
  }

  private async run(uri: string, generation: number): Promise<void> {
    try {
      const settings = await this.options.settings.get(uri);
      const document = this.options.documents.get(uri);
      if (!document || !this.isCurrent(uri, generation)) return;
      const { workspace } = this.options;
      if (workspace?.handles(document)) {
        // The workspace checks the document's whole strategy and reports every file of it.
        workspace.edited(uri);
        await workspace.flush();
        return;
      }
      if (workspace?.store.pull) return; // the client asks for them
      const { version } = document;
      const features = featuresOf(this.options, document, settings);
      const found = await features.run('diagnostics');
      if (!found || !this.isCurrent(uri, generation)) return;
      const diagnostics = found.map((p) => toLspDiagnostic(p, features.positions, uri));
      await this.options.connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      if (!this.isCurrent(uri, generation)) return; // closed or shutting down meanwhile
      this.options.log(`Validation of ${uri} failed: ${describe(error)}`);
    }
  }
}
