/**
 * The language server's files in a browser, where it reads no disk: the client hands over every
 * strategy file of the workspace folders (`strategy/workspaceFiles`, read through
 * `vscode.workspace.fs`) and each changed one again (`strategy/readFiles`); the core's synchronous
 * reads are answered from these copies. URIs of any scheme with an authority (vscode-vfs://github/...,
 * vscode-remote://host/..., file:///...) map to their path; untitled documents are analysed alone.
 *
 * Limit: a file outside the workspace folders (an include reaching out of them) cannot be read here.
 */
import type { Connection } from 'vscode-languageserver';
import { compareCodePoints } from '../../core/compose';
import { memoryHost, type ReadResult } from '../../core/host';
import { ReadFilesRequest, WorkspaceFilesRequest, type ClientFile } from '../../protocol';
import type { ServerFiles } from '../files';

const HIERARCHICAL = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*)([^?#]*)/;

export const NO_WORKER =
  'In the browser every document is checked on the language server itself: the analysis worker for documents of 1 Mi characters or more needs Node (worker_threads).';

export class ClientFiles implements ServerFiles {
  readonly noWorker = NO_WORKER;
  private readonly texts = new Map<string, string>();
  private readonly host = memoryHost(this.texts);
  /** The URI of each path as the client spelled it. */
  private readonly uris = new Map<string, string>();
  /** `scheme://authority` of the first URI seen: paths of files never seen get it. */
  private base?: string;
  private folders: readonly string[] = [];

  constructor(private readonly connection: Connection) {}

  pathOf(uri: string): string | undefined {
    const m = HIERARCHICAL.exec(uri);
    if (!m) return undefined;
    let file: string;
    try {
      file = decodeURIComponent(m[2]) || '/';
    } catch {
      return undefined;
    }
    this.base ??= m[1];
    if (!this.uris.has(file)) this.uris.set(file, uri);
    return file;
  }

  uriOf(file: string): string {
    return this.uris.get(file) ?? `${this.base ?? 'file://'}${file.split('/').map(encodeURIComponent).join('/')}`;
  }

  read(file: string): ReadResult {
    const r = this.host.readFile(file);
    if ('text' in r || this.inFolders(file)) return r;
    return { error: 'outside the workspace folders (the language server in the browser reads only those)' };
  }

  realpath(file: string): string | undefined {
    return this.host.realpath(file);
  }

  readDir(folder: string) {
    return this.host.readDir(folder);
  }

  async find(folders: readonly string[]): Promise<string[]> {
    this.folders = folders;
    if (!folders.length) return [];
    const r = await this.connection.sendRequest(WorkspaceFilesRequest, { folders: folders.map((f) => this.uriOf(f)) });
    const found = this.take(r.files).filter((f) => this.texts.has(f));
    return found.sort(compareCodePoints);
  }

  async exists(uri: string): Promise<boolean> {
    const r = await this.connection.sendRequest(ReadFilesRequest, { uris: [uri] });
    return r.files.some((f) => 'text' in f);
  }

  async refresh(files: readonly string[]): Promise<void> {
    if (!files.length) return;
    const r = await this.connection.sendRequest(ReadFilesRequest, { uris: files.map((f) => this.uriOf(f)) });
    this.take(r.files);
  }

  /** Keeps the texts the client read (an error forgets the file); answers their paths. */
  private take(files: readonly ClientFile[]): string[] {
    const paths: string[] = [];
    for (const f of files) {
      const file = this.pathOf(f.uri);
      if (file === undefined) continue;
      if ('text' in f) this.texts.set(file, f.text);
      else this.texts.delete(file);
      paths.push(file);
    }
    return paths;
  }

  private inFolders(file: string): boolean {
    return this.folders.some((f) => file === f || file.startsWith(f.endsWith('/') ? f : `${f}/`));
  }
}
