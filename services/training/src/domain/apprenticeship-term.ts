import type { AppliedDurationRule, ApprenticeshipDurationRule } from '@tianfu/contracts';
import { fieldsRefused } from './training-errors.ts';

const DAY_MS = 86_400_000;

/** `months` after a day, on the same day of the month or the month's last (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastOfMonth))).toISOString().slice(0, 10);
}

/** The last day of a span of `months` from `day` (a year from 1 March ends on the last day of February). */
export const lastDayOfSpan = (day: string, months: number): string =>
  new Date(Date.parse(addMonths(day, months)) - DAY_MS).toISOString().slice(0, 10);

/** The duration rule in force on the agreement's first day. */
export const durationRuleOn = (rules: readonly ApprenticeshipDurationRule[], startsOn: string) =>
  rules.find((r) => r.effectiveFrom <= startsOn && (r.effectiveTo === null || startsOn <= r.effectiveTo)) ?? null;

/**
 * The planned term runs at least the rule's minimum and at most its maximum (docs/domain.md §7.6);
 * refused naming plannedEndOn and the rule with its source. Returns the rule as the event carries it.
 */
export function checkTerm(
  rules: readonly ApprenticeshipDurationRule[],
  startsOn: string,
  plannedEndOn: string,
): AppliedDurationRule {
  const rule = durationRuleOn(rules, startsOn);
  if (rule === null) {
    const message = `no apprenticeship duration rule is in force on ${startsOn}`;
    throw fieldsRefused('APPRENTICESHIP_TERM_INVALID', [{ field: 'startsOn', rule: 'no_rule_in_force', message }]);
  }
  const earliest = lastDayOfSpan(startsOn, rule.minMonths);
  const latest = lastDayOfSpan(startsOn, rule.maxMonths);
  if (plannedEndOn < earliest || plannedEndOn > latest) {
    const message = `the planned end is from ${earliest} to ${latest}: ${rule.minMonths} to ${rule.maxMonths} months (${rule.ruleId}, ${rule.source}: ${rule.clause})`;
    throw fieldsRefused('APPRENTICESHIP_TERM_INVALID', [{ field: 'plannedEndOn', rule: 'term_out_of_range', message }]);
  }
  const { ruleId, minMonths, maxMonths, source, clause, confirmed } = rule;
  return { ruleId, minMonths, maxMonths, source, clause, confirmed };
}
