import { compareSkillLevels, type RuleCheck, type RuleProblem, type RuleValues, skillLevel } from '@tianfu/contracts';
import { type CheckContext, check, notStated, sourceCitation } from './check-context.ts';
import type { ApprenticeshipFacts, Period, PriorClaim } from './claim-input.ts';
import { agreementYearPeriod, claimPeriod } from './claim-period.ts';

const span = ({ from, to }: Period) => (from === to ? from : `${from} to ${to}`);

type YearProblem = [RuleProblem, string, string | null];

/** Why the agreement year's stage cannot be paid yet or at all, with the day it could be, if any. */
function yearProblem(context: CheckContext, facts: ApprenticeshipFacts): YearProblem | null {
  const { agreementYear, stage, plannedEndOn, completedOn, terminatedOn, apprenticeshipId } = facts;
  const year = agreementYearPeriod(facts, agreementYear);
  if (year.from > plannedEndOn)
    return ['past-planned-end', `agreement year ${agreementYear} is past the planned end ${plannedEndOn}`, null];
  const ended = terminatedOn ?? completedOn;
  if (ended !== null && ended < year.from)
    return [
      'ended-before-year',
      `apprenticeship ${apprenticeshipId} ended on ${ended}, before year ${agreementYear} began`,
      null,
    ];
  if (stage === 'advance')
    return context.input.claim.claimedOn < year.from
      ? ['year-not-begun', `year ${agreementYear} begins on ${year.from}`, year.from]
      : null;
  if (terminatedOn !== null)
    return ['terminated', `apprenticeship ${apprenticeshipId} was terminated on ${terminatedOn}`, null];
  if (completedOn === null)
    return ['not-completed-yet', `apprenticeship ${apprenticeshipId} is not completed: settled on completion`, null];
  const certificate = context.input.certificate;
  if (certificate === null) return null;
  const aimed = `${facts.occupationCode} ${skillLevel(facts.targetLevel).label}`;
  return certificate.occupationCode !== facts.occupationCode ||
    compareSkillLevels(certificate.level, facts.targetLevel) < 0
    ? ['not-the-aim', `certificate ${certificate.certificateNo} is not of the apprenticeship's aim, ${aimed}`, null]
    : null;
}

/** An apprenticeship year as the values name it. */
const yearValues = (facts: ApprenticeshipFacts): RuleValues => {
  const { from, to } = agreementYearPeriod(facts, facts.agreementYear);
  const { apprenticeshipId, agreementYear, stage, occupationCode, targetLevel } = facts;
  return { apprenticeshipId, agreementYear, stage, occupationCode, level: targetLevel, periodFrom: from, periodTo: to };
};

/**
 * 新型学徒制补贴 per apprentice per agreement year (docs/domain.md §7.10): the advance once the year
 * has begun while the apprenticeship runs, the settlement once it completed with the certificate.
 */
export function apprenticeshipYear(context: CheckContext): RuleCheck {
  const citation = context.ruleSet.parameters.apprenticeAmountPerYear ?? sourceCitation(context.ruleSet, 'per year');
  const facts = context.input.apprenticeship ?? null;
  const none = 'the claim names no apprenticeship';
  if (facts === null) return check('apprenticeship-year', 'failed', citation, none, { problem: 'no-apprenticeship' });
  const problem = yearProblem(context, facts);
  const what = `year ${facts.agreementYear} (${span(agreementYearPeriod(facts, facts.agreementYear))}) ${facts.stage}`;
  const values = yearValues(facts);
  if (problem !== null) {
    const [code, why, from] = problem;
    return check('apprenticeship-year', 'failed', citation, `${what}: ${why}`, { ...values, problem: code }, from);
  }
  return check(
    'apprenticeship-year',
    'passed',
    citation,
    `${what} of apprenticeship ${facts.apprenticeshipId}`,
    values,
  );
}

/** Each agreement year's advance and settlement is paid once (the rule set's yearly cap per apprentice). */
export function apprenticeYearOnce(context: CheckContext): RuleCheck {
  const cap = context.ruleSet.parameters.yearlyCapPerKind ?? sourceCitation(context.ruleSet, 'once per year');
  const facts = context.input.apprenticeship ?? null;
  if (facts === null)
    return check('apprentice-year-once', 'failed', cap, 'the claim names no apprenticeship', {
      problem: 'no-apprenticeship',
    });
  const same = context.input.priorClaims.find(
    (c) =>
      c.apprenticeship?.apprenticeshipId === facts.apprenticeshipId &&
      c.apprenticeship.agreementYear === facts.agreementYear &&
      c.apprenticeship.stage === facts.stage,
  );
  const what = `apprenticeship ${facts.apprenticeshipId} year ${facts.agreementYear} ${facts.stage}`;
  const values = yearValues(facts);
  return same === undefined
    ? check('apprentice-year-once', 'passed', cap, `${what}: not claimed before`, values)
    : check('apprentice-year-once', 'failed', cap, `${what}: already claimed (${same.claimId})`, {
        ...values,
        problem: 'already-claimed',
      });
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
    return check('apprentice-exclusion', 'passed', citation, 'the rule set does not exclude an apprentice', notStated);
  }
  const period = claimPeriod(context.input);
  const apprenticeClaim = context.input.claim.kind === 'apprenticeship';
  const clash = context.input.priorClaims.find((c) => {
    const other = periodOf(c);
    return other !== null && (c.kind === 'apprenticeship') !== apprenticeClaim && overlaps(other, period);
  });
  const kind = context.input.claim.kind;
  if (clash === undefined)
    return check(
      'apprentice-exclusion',
      'passed',
      rule,
      `no ${apprenticeClaim ? 'other training subsidy' : '新型学徒制补贴'} paid for ${span(period)}`,
      { kind, periodFrom: period.from, periodTo: period.to },
    );
  const other = clash.period ?? period;
  const explanation = apprenticeClaim
    ? `${clash.kind} (${clash.claimId}) already paid for training on ${span(other)}, inside ${span(period)}`
    : `新型学徒制补贴 (${clash.claimId}) already paid for ${span(other)}, which ${span(period)} falls in`;
  const values = { kind: clash.kind, periodFrom: other.from, periodTo: other.to, problem: 'overlap' as const };
  return check('apprentice-exclusion', 'failed', rule, explanation, values);
}
