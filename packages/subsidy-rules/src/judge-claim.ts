import type { CheckRule, RuleCheck, SubsidyDecision, SubsidyRuleSet } from '@tianfu/contracts';
import { type Amount, amountCheck, amountOf, shortageUplift } from './amount.ts';
import { apprenticeExclusion, apprenticeshipYear, apprenticeYearOnce } from './apprentice-checks.ts';
import { yearOf } from './calendar.ts';
import { certificateHolder, certificateValid, claimWindow } from './certificate-checks.ts';
import { type CheckContext, check, sourceCitation, windowLastOf } from './check-context.ts';
import type { ClaimInput } from './claim-input.ts';
import { checksOfKind, outcomeOf } from './decision.ts';
import { insuredLongEnough } from './insurance-check.ts';
import { higherLevelBlocksLower, sameLevelOnce } from './level-checks.ts';
import { ruleSetForClaim } from './rule-set-for.ts';
import { shortageMatch } from './shortage.ts';
import { targetGroup, trainingCompleted } from './training-checks.ts';
import { yearlyCapKind, yearlyCapTotal } from './yearly-cap-checks.ts';

type Checker = (context: CheckContext, amount: Amount) => RuleCheck;

function ruleSetInForce({ ruleSet, judgedOn }: CheckContext): RuleCheck {
  const until = ruleSet.effectiveTo === null ? '' : `, taken over from ${ruleSet.effectiveTo}`;
  const span = `from ${ruleSet.effectiveFrom}${until}`;
  const citation = sourceCitation(
    ruleSet,
    `rule set ${ruleSet.ruleSetId} version ${ruleSet.version}, in force ${span}`,
  );
  const explanation = `judged on ${judgedOn} (${ruleSet.judgedOn}) by ${ruleSet.ruleSetId} v${ruleSet.version} of region ${ruleSet.region}`;
  const { ruleSetId, version, region, effectiveFrom, effectiveTo } = ruleSet;
  const values = { judgedOn, judgedBy: ruleSet.judgedOn, ruleSetId, version, region, effectiveFrom, effectiveTo };
  return check('rule-set-in-force', 'passed', citation, explanation, values);
}

const checkers: Readonly<Record<CheckRule, Checker>> = {
  'rule-set-in-force': ruleSetInForce,
  'certificate-holder': certificateHolder,
  'certificate-valid': certificateValid,
  'claim-window': claimWindow,
  'insured-long-enough': insuredLongEnough,
  amount: amountCheck,
  'shortage-uplift': shortageUplift,
  'yearly-cap-kind': yearlyCapKind,
  'yearly-cap-total': yearlyCapTotal,
  'same-level-once': sameLevelOnce,
  'higher-level-blocks-lower': higherLevelBlocksLower,
  'training-completed': trainingCompleted,
  'apprenticeship-year': apprenticeshipYear,
  'apprentice-year-once': apprenticeYearOnce,
  'apprentice-exclusion': apprenticeExclusion,
  'target-group': targetGroup,
};

/** No rule set in force: rejected, every other rule listed as not checked. */
function withoutRuleSet(input: ClaimInput): SubsidyDecision {
  const { claim, certificate } = input;
  const checks = checksOfKind[claim.kind].map((rule) =>
    rule === 'rule-set-in-force'
      ? check(
          rule,
          'failed',
          null,
          `no ${claim.kind} rule set is in force for region ${claim.region} on the date it would judge the claim by`,
          { kind: claim.kind, claimedOn: claim.claimedOn },
        )
      : check(rule, 'not-checked', null, 'not checked: no rule set in force', {}),
  );
  return {
    outcome: outcomeOf(checks),
    kind: claim.kind,
    workerId: claim.workerId,
    certificateNo: certificate?.certificateNo ?? null,
    claimedOn: claim.claimedOn,
    judgedOn: null,
    countsInYear: yearOf(claim.claimedOn),
    ruleSet: null,
    amountFen: null,
    advanceFen: null,
    shortage: null,
    checks,
  };
}

function contextOf(input: ClaimInput, ruleSet: SubsidyRuleSet, judgedOn: string): CheckContext {
  const { claim, certificate, shortageLists } = input;
  const shortage =
    certificate === null ? null : shortageMatch(shortageLists, claim.region, certificate.occupationCode, judgedOn);
  return {
    input,
    ruleSet,
    judgedOn,
    countsInYear: yearOf(claim.claimedOn),
    shortage,
    windowLast: windowLastOf(input, ruleSet),
  };
}

/**
 * The automatic 审核 of a subsidy claim (docs/domain.md §7.8): the rule set in force for the
 * claimant's region on the date it judges by, every rule of the claim's kind checked with its
 * clause, and the amount. Pure: the same input gives the same decision, so it can be replayed.
 */
export function judgeClaim(input: ClaimInput): SubsidyDecision {
  const { claim, certificate, ruleSets } = input;
  const dates = { claimDate: claim.claimedOn, certificateIssued: certificate?.issuedOn ?? null };
  const found = ruleSetForClaim(ruleSets, claim.region, claim.kind, dates);
  if (found === null) return withoutRuleSet(input);
  const { ruleSet, judgedOn } = found;
  const context = contextOf(input, ruleSet, judgedOn);
  const amount = amountOf(context);
  const checks = checksOfKind[claim.kind].map((rule) => checkers[rule](context, amount));
  const outcome = outcomeOf(checks);
  const known = amount.kind === 'known' && outcome !== 'rejected';
  return {
    outcome,
    kind: claim.kind,
    workerId: claim.workerId,
    certificateNo: certificate?.certificateNo ?? null,
    claimedOn: claim.claimedOn,
    judgedOn,
    countsInYear: context.countsInYear,
    ruleSet: { ruleSetId: ruleSet.ruleSetId, version: ruleSet.version, region: ruleSet.region },
    amountFen: known ? amount.fen : null,
    advanceFen: known ? amount.advanceFen : null,
    shortage: context.shortage,
    checks,
  };
}
