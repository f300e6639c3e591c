/**
 * Large documents live in the analysis worker: it holds their one analysis and runs every feature on
 * it; the main thread keeps only the text positions it needs to turn offsets into LSP ranges.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TextPositions } from './convert';
import type { AnalysisWorkerClient } from './worker/workerClient';

export class LargeDocuments {
  private readonly positions = new Map<string, { version: number; positions: TextPositions }>();

  constructor(
    readonly worker: AnalysisWorkerClient,
    /** Documents of at least this many characters go to the worker. */
    readonly minSize: number,
  ) {}

  isLarge(document: TextDocument): boolean {
    return document.getText().length >= this.minSize;
  }

  /** Offsets <-> positions for this version (counted once per version). */
  positionsOf(document: TextDocument): TextPositions {
    const known = this.positions.get(document.uri);
    if (known && known.version === document.version) return known.positions;
    const text = document.getText();
    const positions = new TextPositions(text);
    this.positions.set(document.uri, { version: document.version, positions });
    return positions;
  }

  /** The document was closed. */
  forget(uri: string): void {
    this.positions.delete(uri);
    this.worker.forget(uri);
  }

  dispose(): void {
    this.positions.clear();
    this.worker.dispose();
  }
}
