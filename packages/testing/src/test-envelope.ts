import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@tianfu/contracts';

export interface TestEnvelopeFields {
  readonly type: string;
  readonly streamId: string;
  readonly revision: number;
  readonly data: unknown;
  readonly schemaVersion?: number;
  /** The user who acted; the authority unless given. */
  readonly actorId?: string;
  /** When it occurred and was recorded; now unless given. */
  readonly at?: string;
}

/** An event of no worker as its service's relay puts it on the service's topic: a fresh id and correlation. */
export function testEnvelope(fields: TestEnvelopeFields): EventEnvelope {
  const { type, streamId, revision, data, schemaVersion = 1, actorId = 'authority' } = fields;
  const at = fields.at ?? new Date().toISOString();
  return {
    eventId: randomUUID(),
    type,
    schemaVersion,
    streamId,
    revision,
    occurredAt: at,
    recordedAt: at,
    actor: { kind: 'user', id: actorId },
    correlationId: randomUUID(),
    causationId: null,
    workerId: null,
    data,
  };
}
