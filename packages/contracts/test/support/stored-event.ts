import type { EventEnvelope } from '../../src/index.ts';

type EnvelopeFields = Omit<EventEnvelope, 'type' | 'schemaVersion' | 'data'>;

/**
 * An event as a reader takes it from the store or a topic: its type, version and data in an
 * envelope whose other fields are valid and fixed, unless the test names some of them.
 */
export function storedEvent(
  type: string,
  schemaVersion: number,
  data: unknown,
  fields: Partial<EnvelopeFields> = {},
): EventEnvelope {
  return {
    eventId: '0b8e0b4e-3b5b-4c59-8d63-3c0f8d7a4a11',
    type,
    schemaVersion,
    streamId: 'stream-1',
    revision: 1,
    occurredAt: '2025-03-01T08:00:00+08:00',
    recordedAt: '2025-03-01T00:00:01Z',
    actor: { kind: 'service', id: 'test' },
    correlationId: 'c-1',
    causationId: null,
    workerId: null,
    ...fields,
    data,
  };
}
