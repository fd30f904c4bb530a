import { compareSkillLevels, type SkillLevelKey } from '@tianfu/contracts';
import type { CertifiedLevel, HeldLevel } from './candidate-background.ts';
import { type CertificateRecord, dateClause } from './date-clause.ts';
import { assertCalendarDay } from './elapsed-years.ts';
import type { EligibilityRule, TemplateId } from './eligibility-rule.ts';
import { levelsOf, type OccupationStandard } from './occupation-standard.ts';
import { rulesFor } from './standard-rules.ts';

export interface EarliestEligibilityQuestion {
  /** The catalogue's record of the standard version to judge by. */
  readonly standard: OccupationStandard;
  /** The highest step that counts in the occupation; null when none does. */
  readonly current: SkillLevelKey | null;
  /** The certificates on record by `asOf`, in any occupation: §2.3 counts related ones. */
  readonly heldLevels: readonly HeldLevel[];
  /** YYYY-MM-DD */
  readonly asOf: string;
}

/** A rule every clause of which the certificates can date. */
export interface DatedRule {
  readonly ruleId: string;
  readonly text: string;
  /** YYYY-MM-DD: the first day the rule holds. */
  readonly on: string;
  /** The certificates its clauses count. */
  readonly heldLevels: readonly HeldLevel[];
}

/** A rule that needs declared evidence (years of work, schooling, 职称, age, a level not on record). */
export interface UndatedRule {
  readonly ruleId: string;
  readonly text: string;
  /** One entry per clause the certificates cannot show. */
  readonly needs: readonly string[];
}

export interface EarliestEligibility {
  readonly standard: { readonly occupationCode: string; readonly version: string; readonly template: TemplateId };
  /** The target: the lowest level the standard offers above the current step. */
  readonly level: CertifiedLevel;
  /** The dated rule that holds first, the standard's order breaking ties as in the evaluator. */
  readonly earliest: DatedRule | null;
  readonly needsDeclaredEvidence: readonly UndatedRule[];
}

/** The lowest of `levels` above `current`; null at the top of the exam levels (§1). */
export function nextLevelOf(levels: readonly CertifiedLevel[], current: SkillLevelKey | null): CertifiedLevel | null {
  const above = levels.filter((level) => current === null || compareSkillLevels(level, current) > 0);
  return above.sort(compareSkillLevels)[0] ?? null;
}

const laterDay = (a: string, b: string): string => (b.localeCompare(a) > 0 ? b : a);

function dateRule(rule: EligibilityRule, record: CertificateRecord): DatedRule | UndatedRule {
  const dates = rule.allOf.map((clause) => dateClause(clause, record));
  const needs = dates.flatMap((d) => ('needs' in d ? [d.needs] : []));
  if (needs.length > 0) return { ruleId: rule.id, text: rule.text, needs };
  const held = dates.flatMap((d) => ('held' in d ? [d] : []));
  // allOf is never empty, so neither is `held`: the rule holds once its last clause does.
  const on = held.map((d) => d.on).reduce(laterDay);
  return { ruleId: rule.id, text: rule.text, on, heldLevels: held.map((d) => d.held) };
}

/**
 * The earliest day the worker becomes eligible for the next level (docs/domain.md §2.3), from the
 * certificates alone: each rule of that level is dated where it can be, the rest listed with what
 * they need declared. Null when no exam level is left (特级技师 / 首席技师 are appointments, §1).
 */
export function earliestEligibility(question: EarliestEligibilityQuestion): EarliestEligibility | null {
  const { standard, current, heldLevels, asOf } = question;
  assertCalendarDay(asOf);
  const level = nextLevelOf(levelsOf(standard), current);
  if (level === null) return null;
  const record: CertificateRecord = { occupationCode: standard.occupationCode, heldLevels, asOf };
  const rules = rulesFor(standard, level).map((rule) => dateRule(rule, record));
  const dated = rules.filter((r): r is DatedRule => 'on' in r);
  return {
    standard: { occupationCode: standard.occupationCode, version: standard.version, template: standard.template },
    level,
    earliest: dated.reduce<DatedRule | null>((first, r) => (first === null || r.on < first.on ? r : first), null),
    needsDeclaredEvidence: rules.filter((r): r is UndatedRule => 'needs' in r),
  };
}
