/**
 * The host's half of the scroll-sync loop guard. When the preview scrolls, the host reveals a line
 * in the editor; the editor then reports new visible ranges, which must not scroll the preview back
 * (and so on, forever). Every visible-range change within a short window after our own reveal is
 * that echo (smooth scrolling reports several). The page guards the other direction the same way.
 */
export const ECHO_WINDOW_MS = 300;

export class ScrollEchoGuard {
  private until = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly windowMs = ECHO_WINDOW_MS,
  ) {}

  /** The host is about to scroll the editor itself. */
  expectEcho(): void {
    this.until = this.now() + this.windowMs;
  }

  /** True when a visible-range change is the echo of our own scroll (so it is not sent to the preview). */
  isEcho(): boolean {
    return this.now() < this.until;
  }
}
