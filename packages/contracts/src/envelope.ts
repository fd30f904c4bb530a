import { z } from 'zod';
import { StorableSchema } from './storable/storable-schema.ts';

/** Who caused an event: a user acting through a role, another service's policy, or the system. */
export const ActorSchema = z.object({
  kind: z.enum(['user', 'service', 'system']),
  id: z.string().min(1).max(200),
});
export type Actor = z.infer<typeof ActorSchema>;

/**
 * The envelope every event travels in, in the event store and on Kafka (docs/architecture.md "Events").
 * `revision` is the revision of the commit that holds the event; `workerId`, when the event
 * concerns a worker, is the Kafka message key so all of one worker's events share a partition.
 */
export const EventEnvelopeSchema = z.object({
  eventId: z.uuid(),
  type: z.string().regex(/^[a-z][a-z-]*\.[A-Z][A-Za-z]*$/, 'must be <context>.<PastTense>'),
  schemaVersion: z.number().int().min(1),
  streamId: z.string().min(1).max(200),
  revision: z.number().int().min(1),
  occurredAt: z.iso.datetime({ offset: true }),
  recordedAt: z.iso.datetime({ offset: true }),
  actor: ActorSchema,
  correlationId: z.string().min(1).max(200),
  causationId: z.string().min(1).max(200).nullable(),
  workerId: z.string().nullable(),
  /** Any JSON the store can keep (FerretDB limits); each event type narrows it with its own schema. */
  data: StorableSchema,
});

export interface EventEnvelope<TType extends string = string, TData = unknown>
  extends Omit<z.infer<typeof EventEnvelopeSchema>, 'type' | 'data'> {
  readonly type: TType;
  readonly data: TData;
}

/** An event as a decider emits it, before the store gives it a stream position. */
export interface NewEvent<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly schemaVersion?: number;
  readonly data: TData;
  readonly workerId?: string | null;
  readonly occurredAt?: string;
}

/** The Kafka message key of an event: its worker when it has one, else its stream. */
export const messageKey = (e: Pick<EventEnvelope, 'workerId' | 'streamId'>): string => e.workerId ?? e.streamId;
