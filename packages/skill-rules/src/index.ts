export type {
  CandidateBackground,
  CertifiedLevel,
  HeldLevel,
  HeldLevelSource,
  ProfessionalTitle,
  Schooling,
  TitleGrade,
} from './candidate-background.ts';
export { certifiedLevels, schoolings, titleGrades } from './candidate-background.ts';
export type {
  DatedRule,
  EarliestEligibility,
  EarliestEligibilityQuestion,
  UndatedRule,
} from './earliest-eligibility.ts';
export { earliestEligibility, nextLevelOf } from './earliest-eligibility.ts';
export type { EligibilityErrorCode } from './eligibility-errors.ts';
export { levelNotOffered, standardNotFound } from './eligibility-errors.ts';
export type { Clause, EligibilityRule, LevelRules, TemplateId } from './eligibility-rule.ts';
export type { EligibilityAnswer, EligibilityQuestion, RuleOutcome } from './evaluate-eligibility.ts';
export { evaluateEligibility } from './evaluate-eligibility.ts';
export type { OccupationStandard, RuleDeviation } from './occupation-standards.ts';
export {
  findOccupationStandard,
  latestStandardOf,
  occupationStandards,
  standardsOfOccupation,
} from './occupation-standards.ts';
export { eligibilityTemplates, rulesFor } from './standard-rules.ts';
