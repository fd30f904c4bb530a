import { compareSkillLevels, type RuleCheck, skillLevel } from '@tianfu/contracts';
import { type CheckContext, check, sourceCitation } from './check-context.ts';
import type { ApprenticeshipFacts, Period, PriorClaim } from './claim-input.ts';
import { agreementYearPeriod, claimPeriod } from './claim-period.ts';

const span = ({ from, to }: Period) => (from === to ? from : `${from} to ${to}`);

/** Why the agreement year's stage cannot be paid yet or at all, with the day it could be, if any. */
function yearProblem(context: CheckContext, facts: ApprenticeshipFacts): [string, string | null] | null {
  const { agreementYear, stage, plannedEndOn, completedOn, terminatedOn, apprenticeshipId } = facts;
  const year = agreementYearPeriod(facts, agreementYear);
  if (year.from > plannedEndOn)
    return [`agreement year ${agreementYear} is past the planned end ${plannedEndOn}`, null];
  const ended = terminatedOn ?? completedOn;
  if (ended !== null && ended < year.from)
    return [`apprenticeship ${apprenticeshipId} ended on ${ended}, before year ${agreementYear} began`, null];
  if (stage === 'advance')
    return context.input.claim.claimedOn < year.from
      ? [`year ${agreementYear} begins on ${year.from}`, year.from]
      : null;
  if (terminatedOn !== null) return [`apprenticeship ${apprenticeshipId} was terminated on ${terminatedOn}`, null];
  if (completedOn === null) return [`apprenticeship ${apprenticeshipId} is not completed: settled on completion`, null];
  const certificate = context.input.certificate;
  if (certificate === null) return null;
  const aimed = `${facts.occupationCode} ${skillLevel(facts.targetLevel).label}`;
  return certificate.occupationCode !== facts.occupationCode ||
    compareSkillLevels(certificate.level, facts.targetLevel) < 0
    ? [`certificate ${certificate.certificateNo} is not of the apprenticeship's aim, ${aimed}`, null]
    : null;
}

/**
 * 新型学徒制补贴 per apprentice per agreement year (docs/domain.md §7.10): the advance once the year
 * has begun while the apprenticeship runs, the settlement once it completed with the certificate.
 */
export function apprenticeshipYear(context: CheckContext): RuleCheck {
  const citation = context.ruleSet.parameters.apprenticeAmountPerYear ?? sourceCitation(context.ruleSet, 'per year');
  const facts = context.input.apprenticeship ?? null;
  if (facts === null) return check('apprenticeship-year', 'failed', citation, 'the claim names no apprenticeship');
  const problem = yearProblem(context, facts);
  const what = `year ${facts.agreementYear} (${span(agreementYearPeriod(facts, facts.agreementYear))}) ${facts.stage}`;
  if (problem !== null) return check('apprenticeship-year', 'failed', citation, `${what}: ${problem[0]}`, problem[1]);
  return check('apprenticeship-year', 'passed', citation, `${what} of apprenticeship ${facts.apprenticeshipId}`);
}

/** Each agreement year's advance and settlement is paid once (the rule set's yearly cap per apprentice). */
export function apprenticeYearOnce(context: CheckContext): RuleCheck {
  const cap = context.ruleSet.parameters.yearlyCapPerKind ?? sourceCitation(context.ruleSet, 'once per year');
  const facts = context.input.apprenticeship ?? null;
  if (facts === null) return check('apprentice-year-once', 'failed', cap, 'the claim names no apprenticeship');
  const same = context.input.priorClaims.find(
    (c) =>
      c.apprenticeship?.apprenticeshipId === facts.apprenticeshipId &&
      c.apprenticeship.agreementYear === facts.agreementYear &&
      c.apprenticeship.stage === facts.stage,
  );
  const what = `apprenticeship ${facts.apprenticeshipId} year ${facts.agreementYear} ${facts.stage}`;
  return same === undefined
    ? check('apprentice-year-once', 'passed', cap, `${what}: not claimed before`)
    : check('apprentice-year-once', 'failed', cap, `${what}: already claimed (${same.claimId})`);
}

const overlaps = (a: Period, b: Period) => a.from <= b.to && b.from <= a.to;

/** A prior claim's period; one recorded before periods were is not compared. */
const periodOf = (c: PriorClaim): Period | null => c.period ?? null;

/**
 * An apprentice receives no other training subsidy for a period 新型学徒制补贴 pays for (docs/domain.md
 * §7.8), checked both ways: an apprenticeship year is refused when another subsidy paid for training
 * inside it, and another subsidy when an apprenticeship year it falls in was paid. Neither lifts later.
 */
export function apprenticeExclusion(context: CheckContext): RuleCheck {
  const rule = context.ruleSet.parameters.apprenticeExclusive;
  if (rule === null || !rule.value) {
    const citation = rule ?? sourceCitation(context.ruleSet, 'apprentice exclusion not stated');
    return check('apprentice-exclusion', 'passed', citation, 'the rule set does not exclude an apprentice');
  }
  const period = claimPeriod(context.input);
  const apprenticeClaim = context.input.claim.kind === 'apprenticeship';
  const clash = context.input.priorClaims.find((c) => {
    const other = periodOf(c);
    return other !== null && (c.kind === 'apprenticeship') !== apprenticeClaim && overlaps(other, period);
  });
  if (clash === undefined)
    return check(
      'apprentice-exclusion',
      'passed',
      rule,
      `no ${apprenticeClaim ? 'other training subsidy' : '新型学徒制补贴'} paid for ${span(period)}`,
    );
  const explanation = apprenticeClaim
    ? `${clash.kind} (${clash.claimId}) already paid for training on ${span(clash.period ?? period)}, inside ${span(period)}`
    : `新型学徒制补贴 (${clash.claimId}) already paid for ${span(clash.period ?? period)}, which ${span(period)} falls in`;
  return check('apprentice-exclusion', 'failed', rule, explanation);
}
