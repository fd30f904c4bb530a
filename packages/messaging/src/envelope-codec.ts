import { type EventEnvelope, EventEnvelopeSchema, messageKey } from '@tianfu/contracts';
import { z } from 'zod';
import { type InvalidEnvelopeError, invalidEnvelope } from './errors.ts';
import type { OutgoingMessage } from './port/messages.ts';

/** Headers let tooling route and trace a message without parsing its value. */
export const EnvelopeHeaders = {
  eventId: 'eventId',
  type: 'type',
  correlationId: 'correlationId',
  schemaVersion: 'schemaVersion',
} as const;

export function toKafkaMessage(event: EventEnvelope): OutgoingMessage {
  return {
    key: messageKey(event),
    value: JSON.stringify(event),
    headers: {
      [EnvelopeHeaders.eventId]: event.eventId,
      [EnvelopeHeaders.type]: event.type,
      [EnvelopeHeaders.correlationId]: event.correlationId,
      [EnvelopeHeaders.schemaVersion]: String(event.schemaVersion),
    },
  };
}

export type ParsedEnvelope = { ok: true; event: EventEnvelope } | { ok: false; error: InvalidEnvelopeError };

export function parseEnvelope(value: Buffer | null): ParsedEnvelope {
  if (value === null) return { ok: false, error: invalidEnvelope('message has no value') };
  let json: unknown;
  try {
    json = JSON.parse(value.toString('utf8'));
  } catch (error) {
    return { ok: false, error: invalidEnvelope('message value is not JSON', error) };
  }
  const result = EventEnvelopeSchema.safeParse(json);
  if (result.success) return { ok: true, event: result.data };
  return { ok: false, error: invalidEnvelope(z.prettifyError(result.error), result.error) };
}
