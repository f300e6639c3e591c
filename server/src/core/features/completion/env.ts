/** What completion reads besides the cursor: the analysis, and the role catalogue and items, computed once per request. */
import { isConversationId, type ConversationId } from '../../catalog';
import type { Span } from '../../types';
import { AnalysisView } from '../analysisView';
import type { Segment } from '../schemaNav';
import { roleUsage } from '../summaries';

export class CompletionEnv extends AnalysisView {
  private usage?: Map<string, string[]>;

  /** Where each role is used, for the roles' documentation. */
  get roleUsage(): Map<string, string[]> {
    return (this.usage ??= roleUsage(this.model, this.items));
  }
}

/** Where and how an entry is inserted. */
export interface Place {
  replace: Span;
  /** Written before every entry: ' ' right after a colon, '- ' for a sequence item without its dash yet. */
  prefix: string;
  flow: boolean;
  /** A `:` follows the word already: insert a key alone. */
  colonAfter: boolean;
  /** Indentation of a snippet's further lines at the inserted node's level, relative to the cursor line's indentation. */
  indent: string;
}

/** The conversation a path is in, if any. */
export function conversationOf(path: readonly Segment[]): ConversationId | undefined {
  const id = path[0] === 'conversations' ? path[1] : undefined;
  return typeof id === 'string' && isConversationId(id) ? id : undefined;
}

/** Zero-padded position, for sortText. */
export function pad(i: number): string {
  return String(i).padStart(3, '0');
}
