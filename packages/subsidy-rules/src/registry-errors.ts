import { domainError } from '@tianfu/decider';

/** Why a rule set version is refused; statuses live with the routes. */
export type RuleSetErrorCode =
  | 'RULE_SET_VERSION_EXISTS'
  | 'RULE_SET_VERSION_NOT_NEXT'
  | 'RULE_SET_OVERLAPS'
  | 'SUPERSEDED_NOT_FOUND'
  | 'SUPERSEDED_NOT_RELATED'
  | 'SUPERSEDES_TOO_EARLY';

/** A field a refusal names, with the rule it breaks: the problem+json's `errors`. */
export interface FieldProblem {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

export const ruleSetRefused = (code: RuleSetErrorCode, problem: FieldProblem) =>
  domainError<RuleSetErrorCode>(code, `${problem.field}: ${problem.message}`, { errors: [problem] });
