import { addDays, periodEnd } from './calendar.ts';
import type { ApprenticeshipFacts, ClaimInput, Period } from './claim-input.ts';

const day = (on: string): Period => ({ from: on, to: on });

/**
 * An agreement year's days (docs/domain.md §7.10): year n runs from the start's n−1th anniversary
 * to the day before the nth (counted as §7.8 counts months), and never past the planned end.
 */
export function agreementYearPeriod(facts: Pick<ApprenticeshipFacts, 'startsOn' | 'plannedEndOn'>, year: number) {
  const from = periodEnd(facts.startsOn, 12 * (year - 1));
  const yearEnd = addDays(periodEnd(facts.startsOn, 12 * year), -1);
  const [to = yearEnd] = [yearEnd, facts.plannedEndOn].sort();
  return { from, to };
}

/**
 * The training a claim pays for, which the apprentice rule compares (docs/domain.md §7.8): the
 * agreement year of 新型学徒制补贴, the day the class was completed, the certificate's 核发 day,
 * else the claim's own day.
 */
export function claimPeriod(input: ClaimInput): Period {
  if (input.apprenticeship) return agreementYearPeriod(input.apprenticeship, input.apprenticeship.agreementYear);
  if (input.completion?.outcome) return day(input.completion.outcome.on);
  if (input.certificate !== null) return day(input.certificate.issuedOn);
  return day(input.claim.claimedOn);
}
