import type { ClaimRecord } from '../domain/claimant-state.ts';

/** A claim as the routes answer it. */
export function claimView({ decided, status, amountFen, review, batchId, paid, clawedBack }: ClaimRecord) {
  const { claimId, workerId, region, payee, decision, insurance, decidedAt } = decided;
  const reviewed =
    review === null
      ? null
      : {
          outcome: review.outcome,
          amountFen: review.amountFen,
          reason: review.reason,
          reviewer: review.reviewer,
          reviewedAt: review.reviewedAt,
        };
  const payment = paid === null ? null : { batchId: paid.batchId, paidOn: paid.paidOn, amountFen: paid.amountFen };
  const clawback =
    clawedBack === null
      ? null
      : { reason: clawedBack.reason, caseRef: clawedBack.caseRef, amountFen: clawedBack.amountFen, at: clawedBack.at };
  return {
    claimId,
    workerId,
    region,
    payee,
    status,
    amountFen,
    decision,
    insurance,
    decidedAt,
    review: reviewed,
    batchId,
    payment,
    clawback,
  };
}
