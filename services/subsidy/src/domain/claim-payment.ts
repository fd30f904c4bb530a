import { claimNotFound, claimNotPayable } from './claim-errors.ts';
import type { Claimant, ClaimantEmitted, ClaimRecord } from './claimant-state.ts';

/** An approved claim into a payment batch; a claim goes into one batch only. */
export interface BatchClaim {
  readonly type: 'BatchClaim';
  readonly data: { readonly claimId: string; readonly batchId: string; readonly at: string };
}

/** The bank paid the claim's batch. */
export interface PayClaim {
  readonly type: 'PayClaim';
  readonly data: { readonly claimId: string; readonly batchId: string; readonly paidOn: string; readonly at: string };
}

/** 追回: a paid claim taken back, with the reason and the case that decided it. */
export interface ClawBackClaim {
  readonly type: 'ClawBackClaim';
  readonly data: { readonly claimId: string; readonly reason: string; readonly caseRef: string; readonly at: string };
}

export type PaymentCommand = BatchClaim | PayClaim | ClawBackClaim;

function claimOf(state: Claimant, claimId: string): ClaimRecord {
  const claim = state.claims.get(claimId);
  if (claim === undefined) throw claimNotFound(claimId);
  return claim;
}

function batch({ data }: BatchClaim, claim: ClaimRecord): ClaimantEmitted[] {
  if (claim.batchId === data.batchId) return [];
  if (claim.status !== 'approved' || claim.amountFen === null)
    throw claimNotPayable(data.claimId, `it is ${claim.status}, not approved`);
  if (claim.batchId !== null) throw claimNotPayable(data.claimId, `it is in batch ${claim.batchId}`);
  const { workerId } = claim.decided;
  return [
    {
      type: 'subsidy.ClaimBatched',
      data: { claimId: data.claimId, workerId, batchId: data.batchId, at: data.at },
      workerId,
    },
  ];
}

function pay({ data }: PayClaim, claim: ClaimRecord): ClaimantEmitted[] {
  if (claim.paid !== null) return [];
  if (claim.batchId !== data.batchId || claim.amountFen === null)
    throw claimNotPayable(data.claimId, `it is not in batch ${data.batchId}`);
  const { workerId } = claim.decided;
  const paid = { ...data, workerId, amountFen: claim.amountFen };
  return [{ type: 'subsidy.ClaimPaid', data: paid, workerId }];
}

function clawBack({ data }: ClawBackClaim, claim: ClaimRecord): ClaimantEmitted[] {
  if (claim.clawedBack !== null && claim.clawedBack.caseRef === data.caseRef) return [];
  if (claim.paid === null) throw claimNotPayable(data.claimId, 'only a paid claim is clawed back');
  if (claim.clawedBack !== null)
    throw claimNotPayable(data.claimId, `it was clawed back in case ${claim.clawedBack.caseRef}`);
  const { workerId } = claim.decided;
  const clawed = { ...data, workerId, amountFen: claim.paid.amountFen };
  return [{ type: 'subsidy.ClaimClawedBack', data: clawed, workerId }];
}

/**
 * 拨付 and 追回 of a worker's claim (docs/domain.md §7.11): each step once — the same batch, payment
 * or clawback again changes nothing; one out of order is refused naming the claim.
 */
export function decidePayment(command: PaymentCommand, state: Claimant): ClaimantEmitted[] {
  const claim = claimOf(state, command.data.claimId);
  switch (command.type) {
    case 'BatchClaim':
      return batch(command, claim);
    case 'PayClaim':
      return pay(command, claim);
    case 'ClawBackClaim':
      return clawBack(command, claim);
  }
}
