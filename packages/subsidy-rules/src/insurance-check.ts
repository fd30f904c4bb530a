import type { RuleCheck } from '@tianfu/contracts';
import { periodEnd } from './calendar.ts';
import { type CheckContext, check, ifInWindow, notStated, sourceCitation } from './check-context.ts';

/**
 * 技能提升补贴: insured in unemployment insurance for the rule set's years by the claim date
 * (docs/domain.md §7.8), complete on the period's last day. Unknown status goes to a person.
 */
export function insuredLongEnough(context: CheckContext): RuleCheck {
  const { insurance, claim } = context.input;
  const years = context.ruleSet.parameters.insuredYears;
  if (years === null) {
    const citation = sourceCitation(context.ruleSet, 'no insured period stated');
    return check('insured-long-enough', 'passed', citation, 'the rule set asks for no insured period', notStated);
  }
  const { claimedOn } = claim;
  const asked = { claimedOn, insuredYears: years.value, insurance: insurance.status };
  if (insurance.status === 'unknown') {
    const explanation = `insured since: not known to the platform; a person checks ${years.value} year(s) of unemployment insurance`;
    return check('insured-long-enough', 'referred', years, explanation, asked);
  }
  if (insurance.status === 'not-insured') {
    const { lastInsuredUntil } = insurance;
    const last = lastInsuredUntil === null ? '' : ` (last insured until ${lastInsuredUntil})`;
    const explanation = `not insured in unemployment insurance on the claim date ${claimedOn}${last}`;
    return check('insured-long-enough', 'failed', years, explanation, { ...asked, lastInsuredUntil });
  }
  const complete = periodEnd(insurance.since, Math.round(years.value * 12));
  const values = { ...asked, insuredSince: insurance.since, insuredComplete: complete };
  const span = `insured since ${insurance.since}: ${years.value} year(s) complete on ${complete}`;
  return claimedOn >= complete
    ? check('insured-long-enough', 'passed', years, `${span}, claimed on ${claimedOn}`, values)
    : check(
        'insured-long-enough',
        'failed',
        years,
        `${span}, after the claim on ${claimedOn}`,
        values,
        ifInWindow(context, complete),
      );
}
