/** The registry of strategy rules (the schema and size checks live beside it, in analyze). */
import type { Rule } from './context';
import { duplicateId } from './duplicateId';
import { goalOverdue } from './goalOverdue';
import { missingConversation } from './missingConversation';
import { missingOwner } from './missingOwner';
import { missingParticipant } from './missingParticipant';
import { orphanPart } from './orphanPart';
import { reviewMissing } from './reviewMissing';
import { reviewOverdue } from './reviewOverdue';
import { sponsorAbsent } from './sponsorAbsent';
import { uncoveredLiability } from './uncoveredLiability';
import { unknownReference } from './unknownReference';
import { unknownRole } from './unknownRole';
import { unmitigatedLiability } from './unmitigatedLiability';
import { unresolvedInclude } from './unresolvedInclude';

export const RULES: readonly Rule[] = [
  missingConversation,
  missingOwner,
  unknownRole,
  unknownReference,
  duplicateId,
  uncoveredLiability,
  unmitigatedLiability,
  missingParticipant,
  sponsorAbsent,
  reviewOverdue,
  reviewMissing,
  goalOverdue,
  unresolvedInclude,
  orphanPart,
];

export type { Rule, RuleContext, Finding } from './context';
