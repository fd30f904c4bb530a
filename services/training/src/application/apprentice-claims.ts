import type { WorkerId } from '@tianfu/contracts';
import { concurrencyError, type EventStore, isDuplicateKeyError } from '@tianfu/eventstore';
import type { Collection } from 'mongodb';
import { apprenticeshipStreamId, readApprenticeship } from './apprenticeship-streams.ts';

/** `_id` = the workerId: while it stands, `apprenticeshipId` is that worker's one active apprenticeship. */
export interface ApprenticeClaim {
  readonly _id: string;
  readonly apprenticeshipId: string;
  readonly claimedAt: Date;
}

/** What claiming found: whether this call holds the claim, and the other apprenticeship active if any. */
export interface ClaimOutcome {
  readonly claimed: boolean;
  readonly activeApprenticeshipId: string | null;
}

/** A claim whose agreement is not stored this long after it was taken was left by a request that died. */
const IN_FLIGHT_MS = 60_000;
const ATTEMPTS = 3;

/**
 * One active apprenticeship per worker (docs/domain.md §7.6), made exactly-once by an insert on
 * the workerId (docs/architecture.md "One rule for every write"): an agreement claims its
 * apprentice first, a completion or termination lets the claim go. A claim whose apprenticeship
 * has ended (the release was lost) or was never agreed is cleared when the next agreement meets it.
 */
export function apprenticeClaims(claims: Collection<ApprenticeClaim>, store: EventStore, clock: () => Date) {
  const release = async (workerId: WorkerId, apprenticeshipId: string) => {
    await claims.deleteOne({ _id: workerId, apprenticeshipId });
  };
  const insert = async (workerId: WorkerId, apprenticeshipId: string): Promise<boolean> => {
    try {
      await claims.insertOne({ _id: workerId, apprenticeshipId, claimedAt: clock() });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  };
  /** Whether the holder still stands: its agreement active, or not yet stored by a request still running. */
  const stands = async (holder: ApprenticeClaim): Promise<boolean> => {
    const { state } = await readApprenticeship(store, apprenticeshipStreamId(holder.apprenticeshipId));
    if (state === null) return clock().getTime() - holder.claimedAt.getTime() < IN_FLIGHT_MS;
    return state.status === 'active';
  };

  return {
    async claim(workerId: WorkerId, apprenticeshipId: string): Promise<ClaimOutcome> {
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        if (await insert(workerId, apprenticeshipId)) return { claimed: true, activeApprenticeshipId: null };
        const holder = await claims.findOne({ _id: workerId });
        // The same agreement again (a retry): the decider answers it.
        if (holder?.apprenticeshipId === apprenticeshipId) return { claimed: false, activeApprenticeshipId: null };
        if (holder !== null && (await stands(holder))) {
          return { claimed: false, activeApprenticeshipId: holder.apprenticeshipId };
        }
        if (holder !== null) await release(workerId, holder.apprenticeshipId);
      }
      // Agreements for this apprentice racing each other: a 409, to retry.
      throw concurrencyError(`apprentice-${apprenticeshipId}`, 0);
    },
    release,
  };
}

export type ApprenticeClaims = ReturnType<typeof apprenticeClaims>;
