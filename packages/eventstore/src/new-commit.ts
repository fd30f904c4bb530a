import type { NewEvent } from '@tianfu/contracts';
import type { AppendOptions, Commit, StoreDeps } from './types.ts';

/** Commit `revision` of `streamId`: a decider's events wrapped in envelopes, not yet published. */
export function newCommit(
  streamId: string,
  revision: number,
  events: readonly NewEvent[],
  options: AppendOptions,
  deps: StoreDeps,
): Commit {
  if (events.length === 0) throw new Error('append needs at least one event');
  const recordedAt = deps.clock().toISOString();
  return {
    streamId,
    revision,
    committedAt: recordedAt,
    publishedAt: null,
    events: events.map((e) => ({
      eventId: deps.newId(),
      type: e.type,
      schemaVersion: e.schemaVersion ?? 1,
      streamId,
      revision,
      occurredAt: e.occurredAt ?? recordedAt,
      recordedAt,
      actor: options.actor,
      correlationId: options.correlationId,
      causationId: options.causationId ?? null,
      workerId: e.workerId ?? null,
      data: e.data,
    })),
  };
}
