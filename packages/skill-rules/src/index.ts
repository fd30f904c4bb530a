export type {
  CandidateBackground,
  CertifiedLevel,
  CompletedTraining,
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
export { levelNotOffered } from './eligibility-errors.ts';
export type { Clause, EligibilityRule, LevelRules, TemplateId } from './eligibility-rule.ts';
export type { EligibilityAnswer, EligibilityQuestion, RuleOutcome } from './evaluate-eligibility.ts';
export { evaluateEligibility } from './evaluate-eligibility.ts';
export type { OccupationStandard, RuleDeviation } from './occupation-standard.ts';
export { levelsOf } from './occupation-standard.ts';
export type { DeviationProblem } from './standard-rules.ts';
export { deviationProblems, eligibilityTemplates, rulesFor } from './standard-rules.ts';
