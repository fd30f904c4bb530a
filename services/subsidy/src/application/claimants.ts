import { foldEvents } from '@tianfu/decider';
import { type CommandContext, type EventStore, handleCommand, type PostCommitWrites } from '@tianfu/eventstore';
import { claimNotFound } from '../domain/claim-errors.ts';
import { type ClaimantCommand, claimant } from '../domain/claimant.ts';
import type { Claimant, ClaimantEvent, ClaimRecord } from '../domain/claimant-state.ts';
import { type ClaimIndex, claimsChangedBy } from './claim-index.ts';
import { claimantStreamId } from './claimant-streams.ts';

/** A claim of the state, or refused as not found naming claimId. */
export function recordOf(state: Claimant, claimId: string): ClaimRecord {
  const record = state.claims.get(claimId);
  if (record === undefined) throw claimNotFound(claimId);
  return record;
}

/**
 * Workers' claim streams: read, and commanded with the claim index written after each commit —
 * the claims the commit changed, from the state the command already holds.
 */
export function claimants(store: EventStore, readModels: PostCommitWrites, index: ClaimIndex) {
  return {
    read: async (workerId: string): Promise<Claimant> =>
      foldEvents<Claimant, ClaimantEvent>(claimant, (await store.readStream(claimantStreamId(workerId))).events),
    async run(workerId: string, command: ClaimantCommand, context: CommandContext) {
      const result = await handleCommand(store, claimantStreamId(workerId), claimant, command, context);
      const { events, state, revision } = result;
      if (events.length > 0)
        await readModels.afterCommit(events, () => index.put(claimsChangedBy(state, events), revision));
      return result;
    },
  };
}

export type Claimants = ReturnType<typeof claimants>;
