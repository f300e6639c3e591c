/** A failure of `strategy diff` to report on standard error with exit 2 (one line). */
export class DiffFailure extends Error {}
