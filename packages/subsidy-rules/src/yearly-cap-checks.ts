import type { RuleCheck } from '@tianfu/contracts';
import { firstDayOfYear } from './calendar.ts';
import { type CheckContext, check, ifInWindow, notStated, sourceCitation } from './check-context.ts';
import type { PriorClaim } from './claim-input.ts';
import { countedIn, describeCounted } from './counted-claims.ts';

/** How many counted, of them paid to an employer or provider for the worker, in which year. */
const countedValues = (counted: readonly PriorClaim[], year: number) => ({
  counted: counted.length,
  countedForWorker: counted.filter((c) => c.payee !== 'worker').length,
  year,
});

/** A cap reached this year lifts on 1 January, if the claim window is still open then. */
const nextYear = (context: CheckContext): string | null =>
  ifInWindow(context, firstDayOfYear(context.countsInYear + 1));

/**
 * At most so many claims of this kind per person per calendar year (docs/domain.md §7.8), more for
 * a 急需紧缺 occupation where the rule set grants extra claims.
 */
export function yearlyCapKind(context: CheckContext): RuleCheck {
  const { yearlyCapPerKind: cap, shortageExtraClaims: extra } = context.ruleSet.parameters;
  const { kind } = context.input.claim;
  if (cap === null) {
    const citation = sourceCitation(context.ruleSet, 'no yearly cap per kind stated');
    return check('yearly-cap-kind', 'passed', citation, `the rule set sets no yearly cap for ${kind}`, {
      ...notStated,
      kind,
    });
  }
  const bonus = context.shortage !== null && extra !== null ? extra.value : 0;
  const allowed = cap.value + bonus;
  const counted = countedIn(context.input.priorClaims, context.countsInYear, [kind]);
  const plus = bonus === 0 ? '' : ` + ${bonus} for a 急需紧缺 occupation`;
  const citation =
    bonus === 0 || extra === null ? cap : { clause: extra.clause, confirmed: cap.confirmed && extra.confirmed };
  const explanation = `${kind}: at most ${cap.value}${plus} a year; ${describeCounted(counted, context.countsInYear)}`;
  const values = { kind, limit: cap.value, extraClaims: bonus, ...countedValues(counted, context.countsInYear) };
  return counted.length < allowed
    ? check('yearly-cap-kind', 'passed', citation, explanation, values)
    : check('yearly-cap-kind', 'failed', citation, explanation, values, nextYear(context));
}

/** At most so many claims of the kinds counted together per person per calendar year. */
export function yearlyCapTotal(context: CheckContext): RuleCheck {
  const cap = context.ruleSet.parameters.yearlyCapTotal;
  const { kind } = context.input.claim;
  if (cap === null || !cap.value.kinds.includes(kind)) {
    const citation = cap ?? sourceCitation(context.ruleSet, 'no yearly cap across kinds stated');
    const explanation = `${kind} is not counted with other kinds under this rule set`;
    return check('yearly-cap-total', 'passed', citation, explanation, { ...notStated, kind });
  }
  const { claims, kinds } = cap.value;
  const counted = countedIn(context.input.priorClaims, context.countsInYear, kinds);
  const explanation = `${kinds.join(' + ')} together: at most ${claims} a year; ${describeCounted(counted, context.countsInYear)}`;
  const values = { kind, kinds: [...kinds], limit: claims, ...countedValues(counted, context.countsInYear) };
  return counted.length < claims
    ? check('yearly-cap-total', 'passed', cap, explanation, values)
    : check('yearly-cap-total', 'failed', cap, explanation, values, nextYear(context));
}
