import type { CheckRule, SubsidyDecision } from '@tianfu/contracts';
import { domainError } from '@tianfu/decider';

/** Why a claim command is refused; statuses live with the routes (http/error-statuses.ts). */
export type ClaimErrorCode =
  | 'CLAIM_REJECTED'
  | 'CLAIM_NOT_FOUND'
  | 'CLAIM_NOT_REFERRED'
  | 'REVIEW_AMOUNT_MISSING'
  | 'CLAIM_NOT_PAYABLE'
  | 'BATCH_NOT_ASSEMBLED'
  | 'BATCH_EMPTY';

export const claimNotFound = (claimId: string) =>
  domainError<ClaimErrorCode>('CLAIM_NOT_FOUND', `no claim ${claimId} was made`, {
    errors: [{ field: 'claimId', rule: 'claim_made', message: 'no such claim was made' }],
  });

export const claimNotReferred = (claimId: string, status: string) =>
  domainError<ClaimErrorCode>(
    'CLAIM_NOT_REFERRED',
    `claim ${claimId} is ${status}: only a referred claim is reviewed, once`,
    {
      errors: [
        { field: 'claimId', rule: 'claim_referred', message: `the claim is ${status}, not waiting for a person` },
      ],
    },
  );

export const claimNotPayable = (claimId: string, why: string) =>
  domainError<ClaimErrorCode>('CLAIM_NOT_PAYABLE', `claim ${claimId} cannot take this step: ${why}`, {
    errors: [{ field: 'claimId', rule: 'payment_order', message: why }],
  });

export const batchNotAssembled = (batchId: string) =>
  domainError<ClaimErrorCode>('BATCH_NOT_ASSEMBLED', `no payment batch ${batchId} was assembled`, {
    errors: [{ field: 'batchId', rule: 'batch_assembled', message: 'no such batch was assembled' }],
  });

export const batchEmpty = (region: string, day: string, waiting: number) =>
  domainError<ClaimErrorCode>(
    'BATCH_EMPTY',
    `region ${region} has no approved claim to pay by ${day} within its budget (${waiting} waiting); nothing was assembled`,
    {
      errors: [
        {
          field: 'region',
          rule: 'claims_within_budget',
          message: `${waiting} approved claim(s) wait for budget or none is approved`,
        },
      ],
    },
  );

export const reviewAmountMissing = (claimId: string) =>
  domainError<ClaimErrorCode>(
    'REVIEW_AMOUNT_MISSING',
    `claim ${claimId} has no amount from its rule set: approving it names one`,
    {
      errors: [
        {
          field: 'amountFen',
          rule: 'amount_given',
          message: 'the rule set states no amount; give the amount approved',
        },
      ],
    },
  );

/** The request field each rule is about, for a refusal that names the field and the rule. */
const fieldOf: Readonly<Record<CheckRule, string>> = {
  'rule-set-in-force': 'region',
  'certificate-holder': 'certificateNo',
  'certificate-valid': 'certificateNo',
  'claim-window': 'certificateNo',
  'insured-long-enough': 'workerId',
  amount: 'certificateNo',
  'shortage-uplift': 'certificateNo',
  'yearly-cap-kind': 'kind',
  'yearly-cap-total': 'kind',
  'same-level-once': 'certificateNo',
  'higher-level-blocks-lower': 'certificateNo',
  'training-completed': 'classId',
  'apprenticeship-year': 'agreementYear',
  'apprentice-year-once': 'agreementYear',
  'apprentice-exclusion': 'workerId',
  'target-group': 'classId',
};

/**
 * A claim the automatic 审核 rejected (docs/domain.md §7.10): each failed rule named with its field,
 * and the whole decision — every rule checked with its clause, and when the claimant could claim
 * instead — so the applicant sees exactly why.
 */
export function claimRejected(decision: SubsidyDecision) {
  const failed = decision.checks.filter((c) => c.status === 'failed');
  const errors = failed.map((c) => ({
    field: fieldOf[c.rule],
    rule: c.rule.replaceAll('-', '_'),
    message: c.explanation,
  }));
  // A day to claim instead only when every failed rule gives one: the latest of them.
  const days = failed.map((c) => c.claimableFrom);
  const instead = days.includes(null) ? undefined : (days as string[]).sort().at(-1);
  const when = instead === undefined ? '' : `; it could be claimed from ${instead}`;
  return domainError<ClaimErrorCode>('CLAIM_REJECTED', `the claim breaks ${failed.length} rule(s)${when}`, {
    errors,
    decision,
  });
}
