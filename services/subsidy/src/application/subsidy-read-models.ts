import type { EventEnvelope } from '@tianfu/contracts';
import { foldEvents } from '@tianfu/decider';
import { type EventStore, type PostCommitWrites, postCommitWrites } from '@tianfu/eventstore';
import { claimant } from '../domain/claimant.ts';
import type { Claimant, ClaimantEvent } from '../domain/claimant-state.ts';
import { type ClaimIndex, claimsChangedBy } from './claim-index.ts';
import { CLAIMANT_STREAM_PREFIX } from './claimant-streams.ts';

/**
 * The claim index from the events of the subsidy topic: the claims they changed, written from the
 * worker's stream as stored, where the command's own write after its commit (claimants.ts) did not
 * happen; a failed write never fails the command, since the read-model consumer of the topic
 * repeats it (postCommitWrites).
 */
export function subsidyReadModels(
  store: EventStore,
  index: ClaimIndex,
  logger: Parameters<typeof postCommitWrites>[0]['logger'],
): PostCommitWrites {
  const project = async (streamId: string, changing: readonly EventEnvelope[]) => {
    const { events, revision } = await store.readStream(streamId);
    const state = foldEvents<Claimant, ClaimantEvent>(claimant, events);
    await index.put(claimsChangedBy(state, changing), revision);
  };
  return postCommitWrites({
    logger,
    async write(events) {
      const claimants = new Map<string, EventEnvelope[]>();
      for (const event of events.filter((e) => e.streamId.startsWith(CLAIMANT_STREAM_PREFIX)))
        claimants.set(event.streamId, [...(claimants.get(event.streamId) ?? []), event]);
      await Promise.all([...claimants].map(([streamId, changing]) => project(streamId, changing)));
    },
  });
}
