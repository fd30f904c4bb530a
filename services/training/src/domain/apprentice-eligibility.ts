import type { Employer } from '@tianfu/contracts';
import type { ApprenticeEligibilityRule } from './apprenticeship-rule-data.ts';
import { type FieldProblem, fieldsRefused, trainingError } from './training-errors.ts';

/** What the handler found of the apprentice when an agreement is decided; nothing of it is kept. */
export interface ApprenticeFacts {
  /** The birth date and the field it came from: the ID number's, or one declared with another document. */
  readonly birthDate: { readonly on: string; readonly field: 'document.idNumber' | 'birthDate' } | null;
  /** The worker's apprenticeship active now, if any other than this one (one at a time, docs/domain.md §7.6). */
  readonly activeApprenticeshipId: string | null;
}

/** The day someone born on `birthDate` turns `years`: 29 February falls on 1 March in other years. */
export const dayAged = (birthDate: string, years: number): string =>
  `${String(Number(birthDate.slice(0, 4)) + years).padStart(4, '0')}${birthDate.slice(4)}`;

const ruleText = (rule: ApprenticeEligibilityRule) => `${rule.ruleId}, ${rule.source}: ${rule.clause}`;

function ageProblem(facts: ApprenticeFacts, rule: ApprenticeEligibilityRule, startsOn: string): FieldProblem | null {
  if (facts.birthDate === null) {
    const message = 'the document carries no birth date: give birthDate, the age rule needs it';
    return { field: 'birthDate', rule: 'required_for_document', message };
  }
  const { on, field } = facts.birthDate;
  // String order is day order here, and a 29 February birthday's `dayAged` sorts after 28 February.
  if (dayAged(on, rule.minimumAge) <= startsOn) return null;
  const message = `the apprentice is under ${rule.minimumAge} on the first day ${startsOn} (${ruleText(rule)})`;
  return { field, rule: 'minimum_age', message };
}

function employerProblem(employer: Employer, rule: ApprenticeEligibilityRule): FieldProblem | null {
  const excluded = rule.excludedEmployers.find((e) => employer.creditCode.startsWith(e.registration));
  if (excluded === undefined) return null;
  const message = `the 统一社会信用代码 is of a ${excluded.name}: 机关事业单位 take no apprentices (${ruleText(rule)})`;
  return { field: 'employer.creditCode', rule: 'employer_kind_excluded', message };
}

/**
 * The apprentice and employer may make this agreement (docs/domain.md §7.6): no other active
 * apprenticeship (409 naming it), and by the rule in force on the first day an apprentice old
 * enough and an employer not of the 机关事业单位 kind (422 naming each field). Returns the rule.
 */
export function checkApprentice(
  facts: ApprenticeFacts,
  rules: readonly ApprenticeEligibilityRule[],
  terms: { readonly employer: Employer; readonly startsOn: string },
): ApprenticeEligibilityRule {
  const active = facts.activeApprenticeshipId;
  if (active !== null) {
    throw trainingError('APPRENTICESHIP_ALREADY_ACTIVE', `the apprentice's apprenticeship ${active} is active`, {
      activeApprenticeshipId: active,
      errors: [{ field: 'document', rule: 'one_active_apprenticeship', message: `apprenticeship ${active} is active` }],
    });
  }
  const { startsOn, employer } = terms;
  const rule = rules.find((r) => r.effectiveFrom <= startsOn && (r.effectiveTo === null || startsOn <= r.effectiveTo));
  if (rule === undefined) {
    const message = `no apprentice eligibility rule is in force on ${startsOn}`;
    throw fieldsRefused('APPRENTICESHIP_NOT_ELIGIBLE', [{ field: 'startsOn', rule: 'no_rule_in_force', message }]);
  }
  const problems = [ageProblem(facts, rule, startsOn), employerProblem(employer, rule)].filter((p) => p !== null);
  if (problems.length > 0) throw fieldsRefused('APPRENTICESHIP_NOT_ELIGIBLE', problems);
  return rule;
}
