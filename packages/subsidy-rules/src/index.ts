export { periodEnd } from './calendar.ts';
export type {
  ApprenticeshipFacts,
  ApprenticeYear,
  CertificateFacts,
  CertificateStatus,
  ClaimInput,
  CompletionFacts,
  Payee,
  Period,
  PriorClaim,
  SubsidyClaim,
} from './claim-input.ts';
export { agreementYearPeriod, claimPeriod } from './claim-period.ts';
export { checksOfKind, outcomeOf } from './decision.ts';
export { judgeClaim } from './judge-claim.ts';
export type { FieldProblem, RuleSetErrorCode } from './registry-errors.ts';
export type { ClaimDates } from './rule-set-for.ts';
export { inForceOn, ruleSetFor, ruleSetForClaim } from './rule-set-for.ts';
export type { PublishRuleSet, RuleSetEvent, RuleSetRegistry } from './rule-set-registry.ts';
export { publishedInOrder, ruleSetRegistry } from './rule-set-registry.ts';
export { shortageMatch } from './shortage.ts';
export { sichuanPublications, sichuanRuleSets } from './sichuan-rule-sets.ts';
export { sichuanShortageLists } from './sichuan-shortage-lists.ts';
