import type { ClaimRecord } from '../domain/claimant.ts';

/** A claim as the routes answer it. */
export function claimView({ decided, status, amountFen, review }: ClaimRecord) {
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
  return { claimId, workerId, region, payee, status, amountFen, decision, insurance, decidedAt, review: reviewed };
}
