import type { EventEnvelope } from '@tianfu/contracts';
import type { EventStore } from '../types.ts';
import type { Lease } from './lease.ts';

/** Puts events on Kafka (or anything else) and resolves once they are acknowledged. */
export interface EventPublisher {
  publish(events: readonly EventEnvelope[]): Promise<void>;
}

export interface RelayLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface OutboxRelayOptions {
  readonly store: EventStore;
  readonly publisher: EventPublisher;
  readonly lease: Lease;
  readonly logger: RelayLogger;
  /** Most commits in one publish; a sweep reads the store a page of this size at a time. */
  readonly batchSize?: number;
  /** Safety net: how often to sweep the store for unpublished commits this process was not told of. */
  readonly sweepIntervalMs?: number;
  /** How often the holder renews the lease (and a follower asks for it); below the lease's ttl. */
  readonly leaseCheckMs?: number;
  readonly maxBackoffMs?: number;
}

export const withRelayDefaults = (options: OutboxRelayOptions): Required<OutboxRelayOptions> => ({
  batchSize: 500,
  sweepIntervalMs: 30_000,
  leaseCheckMs: 3000,
  maxBackoffMs: 5000,
  ...options,
});
