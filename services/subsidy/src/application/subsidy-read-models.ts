import { foldEvents } from '@tianfu/decider';
import { type EventStore, type PostCommitWrites, postCommitWrites } from '@tianfu/eventstore';
import { claimant } from '../domain/claimant.ts';
import type { Claimant, ClaimantEvent } from '../domain/claimant-state.ts';
import type { ClaimIndex } from './claim-index.ts';
import { CLAIMANT_STREAM_PREFIX } from './claimant-streams.ts';

/**
 * The claim index, written after each commit on a worker's claims from the stream as stored; a
 * failed write never fails the command, since the read-model consumer of the subsidy topic repeats
 * it (postCommitWrites).
 */
export function subsidyReadModels(
  store: EventStore,
  index: ClaimIndex,
  logger: Parameters<typeof postCommitWrites>[0]['logger'],
): PostCommitWrites {
  const project = async (streamId: string) => {
    const { events, revision } = await store.readStream(streamId);
    const state = foldEvents<Claimant, ClaimantEvent>(claimant, events);
    await index.put(state.claims.values(), revision);
  };
  return postCommitWrites({
    logger,
    async write(events) {
      const claimants = new Set(events.map((e) => e.streamId).filter((id) => id.startsWith(CLAIMANT_STREAM_PREFIX)));
      await Promise.all([...claimants].map(project));
    },
  });
}
