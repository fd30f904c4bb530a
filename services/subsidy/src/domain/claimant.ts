import type {
  ClaimBasis,
  ClaimPayee,
  InsuranceStanding,
  ShortageList,
  SubsidyClaimDecidedData,
  SubsidyClaimReviewedData,
  SubsidyKind,
  SubsidyRuleSet,
} from '@tianfu/contracts';
import { certificateOnlyBasis } from '@tianfu/contracts';
import type { Decider } from '@tianfu/decider';
import {
  type ApprenticeshipFacts,
  type CertificateFacts,
  type ClaimInput,
  type CompletionFacts,
  claimPeriod,
  judgeClaim,
  type PriorClaim,
} from '@tianfu/subsidy-rules';
import { claimNotFound, claimNotReferred, claimRejected, reviewAmountMissing } from './claim-errors.ts';
import { decidePayment, type PaymentCommand } from './claim-payment.ts';
import type { Claimant, ClaimantEmitted, ClaimantEvent, ClaimRecord } from './claimant-state.ts';

/** What the platform holds that a claim is judged on, gathered by the application. */
export interface ClaimFacts {
  readonly certificate: CertificateFacts | null;
  readonly insurance: InsuranceStanding;
  readonly ruleSets: readonly SubsidyRuleSet[];
  readonly shortageLists: readonly ShortageList[];
  /** The class a 职业培训补贴 or 生活费补贴 claim rests on (its target groups opened for this decision only). */
  readonly completion?: CompletionFacts | null;
  /** The agreement and year a 新型学徒制补贴 claim is for. */
  readonly apprenticeship?: ApprenticeshipFacts | null;
}

export interface DecideClaim {
  readonly type: 'DecideClaim';
  readonly data: {
    readonly claimId: string;
    readonly workerId: string;
    readonly kind: SubsidyKind;
    readonly region: SubsidyClaimDecidedData['region'];
    readonly payee: ClaimPayee;
    /** What it rests on beside its certificate; the period is the judge's (claimPeriod). */
    readonly basis?: Omit<ClaimBasis, 'period'>;
    readonly claimedOn: string;
    readonly at: string;
    readonly facts: ClaimFacts;
  };
}

export interface ReviewClaim {
  readonly type: 'ReviewClaim';
  readonly data: Omit<SubsidyClaimReviewedData, 'reviewedAt' | 'workerId'> & { readonly at: string };
}

export type ClaimantCommand = DecideClaim | ReviewClaim | PaymentCommand;

/**
 * The claims that count against a new one: approved, and referred ones still waiting for a person
 * (so two claims never both take the last place under a cap); a rejected or clawed-back claim
 * counts for nothing.
 */
export function countingClaims(state: Claimant): PriorClaim[] {
  return [...state.claims.values()].flatMap(({ decided, status, clawedBack }) =>
    status === 'rejected' || clawedBack !== null ? [] : [priorClaimOf(decided)],
  );
}

function priorClaimOf(decided: SubsidyClaimDecidedData): PriorClaim {
  const { apprenticeshipId, agreementYear, stage, period } = decided.basis;
  return {
    claimId: decided.claimId,
    kind: decided.decision.kind,
    occupationCode: decided.subsidised?.occupationCode ?? null,
    level: decided.subsidised?.level ?? null,
    countsInYear: decided.decision.countsInYear,
    payee: decided.payee,
    period,
    apprenticeship:
      apprenticeshipId === null || agreementYear === null || stage === null
        ? null
        : { apprenticeshipId, agreementYear, stage },
  };
}

function decideClaim({ data }: DecideClaim, state: Claimant): ClaimantEmitted[] {
  // A claim made again (the same worker, kind, certificate and day) is the one already judged.
  if (state.claims.has(data.claimId)) return [];
  const { facts } = data;
  const input: ClaimInput = {
    claim: { kind: data.kind, claimedOn: data.claimedOn, region: data.region, workerId: data.workerId },
    certificate: facts.certificate,
    priorClaims: countingClaims(state),
    insurance: facts.insurance,
    shortageLists: facts.shortageLists,
    ruleSets: facts.ruleSets,
    completion: facts.completion ?? null,
    apprenticeship: facts.apprenticeship ?? null,
  };
  const decision = judgeClaim(input);
  // A claim that breaks a rule is refused, with every rule checked: nothing is recorded.
  if (decision.outcome === 'rejected') throw claimRejected(decision);
  const certificate = facts.certificate;
  const subsidised =
    certificate === null ? null : { occupationCode: certificate.occupationCode, level: certificate.level };
  const decided: SubsidyClaimDecidedData = {
    claimId: data.claimId,
    workerId: data.workerId,
    region: data.region,
    payee: data.payee,
    decision,
    subsidised,
    insurance: facts.insurance,
    decidedAt: data.at,
    basis: { ...(data.basis ?? certificateOnlyBasis), period: claimPeriod(input) },
  };
  return [{ type: 'subsidy.ClaimDecided', data: decided, workerId: data.workerId }];
}

function reviewClaim({ data }: ReviewClaim, state: Claimant): ClaimantEmitted[] {
  const claim = state.claims.get(data.claimId);
  if (claim === undefined) throw claimNotFound(data.claimId);
  const { at, ...review } = data;
  if (claim.review !== null && claim.review.outcome === review.outcome && claim.review.reason === review.reason)
    return [];
  if (claim.status !== 'referred' || claim.review !== null) throw claimNotReferred(data.claimId, claim.status);
  const amountFen = review.outcome === 'rejected' ? null : (review.amountFen ?? claim.decided.decision.amountFen);
  if (review.outcome === 'approved' && amountFen === null) throw reviewAmountMissing(data.claimId);
  const workerId = claim.decided.workerId;
  return [{ type: 'subsidy.ClaimReviewed', data: { ...review, amountFen, workerId, reviewedAt: at }, workerId }];
}

/** A claim as one of its later events leaves it. */
function changed(claim: ClaimRecord, event: Exclude<ClaimantEvent, { type: 'subsidy.ClaimDecided' }>): ClaimRecord {
  switch (event.type) {
    case 'subsidy.ClaimReviewed':
      return { ...claim, status: event.data.outcome, amountFen: event.data.amountFen, review: event.data };
    case 'subsidy.ClaimBatched':
      return { ...claim, batchId: event.data.batchId };
    case 'subsidy.ClaimPaid':
      return { ...claim, paid: event.data };
    case 'subsidy.ClaimClawedBack':
      return { ...claim, clawedBack: event.data };
  }
}

function evolve(state: Claimant, event: ClaimantEvent): Claimant {
  const claims = new Map(state.claims);
  if (event.type === 'subsidy.ClaimDecided') {
    const { decision } = event.data;
    claims.set(event.data.claimId, {
      decided: event.data,
      status: decision.outcome,
      amountFen: decision.outcome === 'approved' ? decision.amountFen : null,
      review: null,
      batchId: null,
      paid: null,
      clawedBack: null,
    });
  } else {
    const claim = claims.get(event.data.claimId);
    if (claim !== undefined) claims.set(event.data.claimId, changed(claim, event));
  }
  return { claims };
}

function decide(command: ClaimantCommand, state: Claimant): ClaimantEmitted[] {
  switch (command.type) {
    case 'DecideClaim':
      return decideClaim(command, state);
    case 'ReviewClaim':
      return reviewClaim(command, state);
    default:
      return decidePayment(command, state);
  }
}

export const claimant: Decider<ClaimantCommand, Claimant, ClaimantEvent> = {
  initialState: () => ({ claims: new Map() }),
  evolve,
  decide,
};
