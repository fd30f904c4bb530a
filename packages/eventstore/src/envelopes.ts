import type { EventEnvelope, NewEvent } from '@tianfu/contracts';
import type { AppendOptions, StoreDeps } from './types.ts';

/** Wraps a decider's events in envelopes for commit `revision` of `streamId`. */
export function toEnvelopes(
  streamId: string,
  revision: number,
  events: readonly NewEvent[],
  options: AppendOptions,
  deps: StoreDeps,
): EventEnvelope[] {
  const recordedAt = deps.clock().toISOString();
  return events.map((e) => ({
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
  }));
}
