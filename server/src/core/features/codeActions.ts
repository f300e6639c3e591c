/**
 * Quick fixes for the problems at a span: a structural fix where the code has one (missing-owner,
 * unknown-role, unknown-reference, missing-conversation, uncovered-liability, missing-participant),
 * then the suppression comment every code has. Every fix is a minimal text edit computed from the
 * text and the tree's spans, so comments, key order and formatting outside the touched lines stay.
 * In a block that holds a YAML syntax error nothing is offered (see BrokenRegions): fix the syntax first.
 */
import type { Analysis } from '../analyze';
import type { Problem, RuleCode, Span } from '../types';
import type { CodeFix } from './types';
import { BrokenRegions } from './fixes/brokenRegions';
import { FixContext, type Fix, type Fixer } from './fixes/context';
import { missingConversationFix } from './fixes/missingConversation';
import { missingOwnerFix } from './fixes/missingOwner';
import { missingParticipantFix } from './fixes/missingParticipant';
import { replaceNameFix } from './fixes/replaceName';
import { suppressionFix } from './fixes/suppress';
import { uncoveredLiabilityFix } from './fixes/uncoveredLiability';

const FIXERS: Partial<Record<RuleCode, Fixer>> = {
  'missing-owner': missingOwnerFix,
  'unknown-role': replaceNameFix,
  'unknown-reference': replaceNameFix,
  'missing-conversation': missingConversationFix,
  'uncovered-liability': uncoveredLiabilityFix,
  'missing-participant': missingParticipantFix,
};

/** `problem` of each fix is the index of the problem it fixes in `problems`. */
export function codeActions(analysis: Analysis, span: Span, problems: readonly Problem[]): CodeFix[] {
  const fx = new FixContext(analysis);
  const broken = new BrokenRegions(analysis, fx.root);
  const out: CodeFix[] = [];
  problems.forEach((p, problem) => {
    if (p.span.start > span.end || span.start > p.span.end) return;
    const trusted = (fix: Fix) =>
      !broken.any || ![p.span, ...fix.edits.map((e) => e.span)].some((s) => broken.isBroken(s.start));
    for (const fix of FIXERS[p.code]?.(fx, p) ?? []) if (trusted(fix)) out.push({ ...fix, problem });
    // A YAML syntax error is fixed in the text, not disabled: the rules would go on reading a guess.
    if (broken.isSyntaxError(p)) return;
    const suppress = suppressionFix(fx.text, p, fx.root);
    if (suppress && trusted(suppress)) out.push({ ...suppress, problem });
  });
  return out;
}
