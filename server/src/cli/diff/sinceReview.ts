/** `--since-review`'s base commit: the rule is the core's (core/diff/reviewBase.ts), shared with the editor. */
export { reviewBase } from '../../core/diff/reviewBase';
