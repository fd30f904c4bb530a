import type {
  NewEvent,
  SubsidyClaimBatchedData,
  SubsidyClaimClawedBackData,
  SubsidyClaimDecidedData,
  SubsidyClaimPaidData,
  SubsidyClaimReviewedData,
} from '@tianfu/contracts';
import type { DomainEvent } from '@tianfu/decider';

export type ClaimantEvent =
  | DomainEvent<'subsidy.ClaimDecided', SubsidyClaimDecidedData>
  | DomainEvent<'subsidy.ClaimReviewed', SubsidyClaimReviewedData>
  | DomainEvent<'subsidy.ClaimBatched', SubsidyClaimBatchedData>
  | DomainEvent<'subsidy.ClaimPaid', SubsidyClaimPaidData>
  | DomainEvent<'subsidy.ClaimClawedBack', SubsidyClaimClawedBackData>;
export type ClaimantEmitted = NewEvent<ClaimantEvent['type'], ClaimantEvent['data']>;

/** Where a claim stands: as judged, or as a person decided a referred one. */
export type ClaimStatus = 'approved' | 'rejected' | 'referred';

export interface ClaimRecord {
  readonly decided: SubsidyClaimDecidedData;
  readonly status: ClaimStatus;
  readonly amountFen: number | null;
  readonly review: SubsidyClaimReviewedData | null;
  /** The payment batch it went into, once approved (docs/domain.md §7.11). */
  readonly batchId: string | null;
  readonly paid: SubsidyClaimPaidData | null;
  readonly clawedBack: SubsidyClaimClawedBackData | null;
}

/** One worker's subsidy claims (docs/domain.md §7.10): judged against each other, so one stream per worker. */
export interface Claimant {
  readonly claims: ReadonlyMap<string, ClaimRecord>;
}
