import type { RuleCheck } from '@tianfu/contracts';
import { periodEnd } from './calendar.ts';
import { type CheckContext, check, ifInWindow, sourceCitation } from './check-context.ts';

/**
 * 技能提升补贴: insured in unemployment insurance for the rule set's years by the claim date
 * (docs/domain.md §7.8), complete on the period's last day. Unknown status goes to a person.
 */
export function insuredLongEnough(context: CheckContext): RuleCheck {
  const { insurance, claim } = context.input;
  const years = context.ruleSet.parameters.insuredYears;
  if (years === null) {
    const citation = sourceCitation(context.ruleSet, 'no insured period stated');
    return check('insured-long-enough', 'passed', citation, 'the rule set asks for no insured period');
  }
  if (insurance.status === 'unknown') {
    const explanation = `insured since: not known to the platform; a person checks ${years.value} year(s) of unemployment insurance`;
    return check('insured-long-enough', 'referred', years, explanation);
  }
  if (insurance.status === 'not-insured') {
    const last = insurance.lastInsuredUntil === null ? '' : ` (last insured until ${insurance.lastInsuredUntil})`;
    const explanation = `not insured in unemployment insurance on the claim date ${claim.claimedOn}${last}`;
    return check('insured-long-enough', 'failed', years, explanation);
  }
  const complete = periodEnd(insurance.since, Math.round(years.value * 12));
  const span = `insured since ${insurance.since}: ${years.value} year(s) complete on ${complete}`;
  return claim.claimedOn >= complete
    ? check('insured-long-enough', 'passed', years, `${span}, claimed on ${claim.claimedOn}`)
    : check(
        'insured-long-enough',
        'failed',
        years,
        `${span}, after the claim on ${claim.claimedOn}`,
        ifInWindow(context, complete),
      );
}
