/**
 * What a preview shows, without VS Code: the server's answers (server/src/protocol.ts) come in, and
 * only one that is newer than, or different from, what is shown goes on the page. The server renders
 * (and keeps the last good render under a banner when the YAML breaks); preview.ts puts the body on
 * screen.
 */
import type { PreviewResult } from '../../../server/src/protocol';

export interface ContentUpdate {
  /** The content of the page's root, for an `update` message. */
  body: string;
  title: string;
  /** The style sheet of the page (the same for every answer of one server). */
  style: string;
  version: number;
  /** The newest version has problems that keep it from being read in full. */
  broken: boolean;
  /** ...and the body shows the last good version under a banner naming them. */
  stale: boolean;
  /** The strategy's root, when it spans files (server/src/protocol.ts PreviewResult.root). */
  root?: string;
}

export class PreviewContent {
  private current: ContentUpdate | undefined;

  /**
   * The update to show for this answer, or undefined when it is older than the version shown or
   * shows the same body (a settings change re-renders the same version, so equal versions count).
   */
  update(answer: PreviewResult | null | undefined): ContentUpdate | undefined {
    if (!answer) return undefined;
    const shown = this.current;
    if (shown && (answer.version < shown.version || (answer.version === shown.version && answer.body === shown.body)))
      return undefined;
    const { body, title, style, version, broken, stale, root } = answer;
    this.current = { body, title, style, version, broken, stale, root };
    return this.current;
  }

  /** Forgets what is shown, so that the next answer is shown whatever its version (after a server restart). */
  invalidate(): void {
    this.current = undefined;
  }

  get latest(): ContentUpdate | undefined {
    return this.current;
  }
}
