/** Subsidy values (docs/domain.md §7.8): one schema per value for routes, events and sheet rows. */

export { FenSchema, ShareSchema } from './amounts.ts';
export type { ApprenticeStage, ClaimBasis } from './claim-basis.ts';
export {
  AgreementYearSchema,
  ApprenticeStageSchema,
  ClaimBasisSchema,
  certificateOnlyBasis,
} from './claim-basis.ts';
export type { ClaimRequest, ClaimReview } from './claim-requests.ts';
export { ClaimRequestSchema, ClaimReviewSchema } from './claim-requests.ts';
export type { CheckRule, CheckStatus, Outcome, RuleCheck, ShortageMatch, SubsidyDecision } from './decision.ts';
export {
  CheckRuleSchema,
  CheckStatusSchema,
  checkRules,
  OutcomeSchema,
  RuleCheckSchema,
  ShortageMatchSchema,
  SubsidyDecisionSchema,
} from './decision.ts';
export type { InsuranceStanding } from './insurance-standing.ts';
export { InsuranceStandingSchema } from './insurance-standing.ts';
export type { JudgedOn, RuleSetRef, SubsidyRuleSet, SubsidyRuleSetInput } from './rule-set.ts';
export {
  JudgedOnSchema,
  RuleSetIdSchema,
  RuleSetRefSchema,
  SubsidyRegionSchema,
  SubsidyRuleSetSchema,
  sichuanProvinceCode,
} from './rule-set.ts';
export type { SubsidyParameterName, SubsidyParameters } from './rule-set-parameters.ts';
export { requiredParameters, SubsidyParametersSchema } from './rule-set-parameters.ts';
export type { RuleProblem, RuleValues } from './rule-values.ts';
export { RuleProblemSchema, RuleValuesSchema } from './rule-values.ts';
export type { ShortageList } from './shortage-list.ts';
export { ShortageEntrySchema, ShortageListSchema } from './shortage-list.ts';
export type { SubsidyClause, SubsidySource } from './subsidy-clause.ts';
export { cited, SubsidyClauseSchema, SubsidySourceSchema } from './subsidy-clause.ts';
export type { SubsidyKind } from './subsidy-kind.ts';
export { SubsidyKindSchema, subsidyKinds } from './subsidy-kind.ts';
