import type { CandidateBackground, CertifiedLevel, CompletedTraining, HeldLevel } from './candidate-background.ts';
import { type ClauseFacts, countedLevels, countedTrainings, unmetReason } from './check-clause.ts';
import { assertCalendarDay } from './elapsed-years.ts';
import { levelNotOffered } from './eligibility-errors.ts';
import type { EligibilityRule, TemplateId } from './eligibility-rule.ts';
import { levelsOf, type OccupationStandard } from './occupation-standard.ts';
import { rulesFor } from './standard-rules.ts';

export interface EligibilityQuestion {
  /** The catalogue's record of the standard version the session runs under. */
  readonly standard: OccupationStandard;
  /** The target level. */
  readonly level: CertifiedLevel;
  /** YYYY-MM-DD, the session date. */
  readonly asOf: string;
  readonly background: CandidateBackground;
}

export interface RuleOutcome {
  readonly ruleId: string;
  readonly text: string;
  readonly passed: boolean;
  /** Why the rule failed, one reason per unmet clause; empty when it passed. */
  readonly unmet: readonly string[];
  /** The held levels its met clauses counted, each with its source (declared, an outcome, a certificate). */
  readonly heldLevels: readonly HeldLevel[];
  /** The completed trainings its met clauses counted (a recorded 学徒期满), each with its class or agreement. */
  readonly trainings: readonly CompletedTraining[];
}

export interface EligibilityAnswer {
  readonly eligible: boolean;
  readonly standard: { readonly occupationCode: string; readonly version: string; readonly template: TemplateId };
  /** Id of the first rule that passed. */
  readonly passedRule: string | null;
  /** Every rule for the target level, in the standard's order. */
  readonly rules: readonly RuleOutcome[];
}

function outcome(rule: EligibilityRule, facts: ClauseFacts): RuleOutcome {
  const checked = rule.allOf.map((clause) => ({ clause, reason: unmetReason(clause, facts) }));
  const unmet = checked.flatMap(({ reason }) => (reason === null ? [] : [reason]));
  const met = checked.filter(({ reason }) => reason === null).map(({ clause }) => clause);
  const heldLevels = met.flatMap((clause) => countedLevels(clause, facts));
  const trainings = met.flatMap((clause) => countedTrainings(clause, facts));
  return { ruleId: rule.id, text: rule.text, passed: unmet.length === 0, unmet, heldLevels, trainings };
}

/** 申报条件 (docs/domain.md §2.3): eligible when any one rule of the standard for the target level holds. */
export function evaluateEligibility(question: EligibilityQuestion): EligibilityAnswer {
  const { standard, level, asOf, background } = question;
  const { occupationCode, version } = standard;
  assertCalendarDay(asOf);
  const levels = levelsOf(standard);
  if (!levels.includes(level)) {
    throw levelNotOffered(`standard ${occupationCode}@${version} offers ${levels.join(', ')}, not ${level}`);
  }
  const rules = rulesFor(standard, level).map((rule) => outcome(rule, { occupationCode, asOf, background }));
  const passed = rules.find((r) => r.passed);
  return {
    eligible: passed !== undefined,
    standard: { occupationCode, version, template: standard.template },
    passedRule: passed?.ruleId ?? null,
    rules,
  };
}
