/** Plain result types of the editor features (offsets inside; the LSP adapter converts at the edge). */
import type { Span } from '../types';

export interface TextEdit {
  span: Span;
  newText: string;
}

export type CompletionKind = 'property' | 'value' | 'enum' | 'role' | 'conversation' | 'reference' | 'snippet';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Text to insert; a snippet (`${1:placeholder}`) when isSnippet. */
  insertText: string;
  isSnippet?: boolean;
  /** The text this entry replaces (the word under the cursor), when not just the cursor. */
  replace?: Span;
  sortText?: string;
  filterText?: string;
}

export interface HoverResult {
  /** Markdown. */
  contents: string;
  span: Span;
}

export interface CodeFix {
  title: string;
  /** Index of the problem (in the list given) this fixes. */
  problem: number;
  edits: TextEdit[];
  isPreferred?: boolean;
}

export interface SymbolEntry {
  name: string;
  detail?: string;
  kind: 'file' | 'namespace' | 'object' | 'key' | 'field' | 'constant';
  span: Span;
  selection: Span;
  children: SymbolEntry[];
}

/** A role id or an entity id (goal, application, platform, liability: one namespace) found in the file. */
export interface IdOccurrence {
  kind: 'role' | 'entity';
  id: string;
  span: Span;
  /** A role's key under `roles:` or an item's `id` value. */
  declaration: boolean;
}

/** Rename checks and results: either the answer or a message saying why it cannot be done. */
export type RenameCheck = { ok: true; span: Span; placeholder: string } | { ok: false; message: string };
export type RenameResult = { ok: true; edits: TextEdit[] } | { ok: false; message: string };

export interface FoldingEntry {
  /** From the first line to the last line of the fold (the end is the last character shown). */
  span: Span;
  kind?: 'comment';
}
