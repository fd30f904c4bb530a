import type { EventEnvelope } from '@tianfu/contracts';

/** A UUID (version-4 form) naming the n-th thing of a kind: ids are as deterministic as the population. */
export const benchUuid = (kind: number, n: number): string =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const EVENT_IDS = 0xe0;

/** The envelope the writing service's outbox would put on its topic (key: the workerId, else the stream). */
export const benchEnvelope = (
  eventNo: number,
  type: string,
  schemaVersion: number,
  stream: { streamId: string; workerId: string | null; at: string; actor: string },
  data: object,
): EventEnvelope => {
  const eventId = benchUuid(EVENT_IDS, eventNo);
  return {
    eventId,
    type,
    schemaVersion,
    streamId: stream.streamId,
    revision: 1,
    occurredAt: stream.at,
    recordedAt: stream.at,
    actor: { kind: 'service', id: stream.actor },
    correlationId: eventId,
    causationId: null,
    workerId: stream.workerId,
    data,
  };
};
