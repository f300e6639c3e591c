/**
 * A rule that throws is isolated by the core (the other rules still report); the server says so once
 * per rule in its log (the client's output channel), not once per keystroke.
 */
import type { RuleCode } from '../core';

export class RuleFailureLog {
  private readonly logged = new Set<RuleCode>();

  constructor(private readonly log: (message: string) => void) {}

  /** Logs the failure unless this rule already failed since the server started. */
  report(code: RuleCode, uri: string, error: string): void {
    if (this.logged.has(code)) return;
    this.logged.add(code);
    this.log(
      `Rule ${code} failed on ${uri} and was skipped; the other rules still report. ` +
        `Further failures of ${code} are not logged until the server restarts. ${error}`,
    );
  }

  /** The rules that failed so far (for tests and logs). */
  get failed(): ReadonlySet<RuleCode> {
    return this.logged;
  }
}
