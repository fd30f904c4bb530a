import type { NewEvent } from '@tianfu/contracts';
import type { AppendOptions, Commit, StoreDeps } from './types.ts';

/**
 * Commit `revision` of `streamId`: a decider's events wrapped in envelopes, not yet published. The
 * one place an event's schema version is stamped: a decider emits data in its type's latest shape,
 * so an event without a version is stored as the latest, never as version 1 to be upcast again.
 */
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
      schemaVersion: e.schemaVersion ?? deps.schemaVersions.latestVersion(e.type),
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
