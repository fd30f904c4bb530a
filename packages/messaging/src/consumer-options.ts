import type { Registry } from 'prom-client';
import type { RetryPolicy } from './backoff.ts';
import type { EventHandler } from './batch-processor.ts';
import type { DeadLetterLog } from './dead-letter-log.ts';
import type { MessagingLogger } from './logger.ts';
import type { KafkaClient } from './port/kafka-client.ts';

export interface ConsumerOptions {
  readonly kafka: KafkaClient;
  readonly groupId: string;
  readonly topics: readonly string[];
  /** Where a group with no committed offset starts; topics keep everything, so the default is 0. */
  readonly fromBeginning?: boolean;
  readonly handle: EventHandler;
  readonly retry: RetryPolicy;
  /**
   * Errors no retry can fix, dead-lettered at once; pass the contracts' event-registry guard
   * (unknown type, invalid data) here. Default: an invalid envelope.
   */
  readonly isPermanent?: (error: unknown) => boolean;
  readonly logger: MessagingLogger;
  readonly registry: Registry;
  /**
   * Where dead letters are recorded, so each is written once (a replay from offset 0 meets them
   * again) and one the group handles after all (a replay) no longer counts as waiting.
   */
  readonly deadLetterLog?: DeadLetterLog;
  /** Partitions handled at once; each one stays strictly in order. */
  readonly partitionsConsumedConcurrently?: number;
  /** Upper bound on what a crash re-delivers; handled offsets are also committed after each batch. */
  readonly commitIntervalMs?: number;
  /** The broker's minimum is 6000; small keeps a dead member's partitions from idling long. */
  readonly sessionTimeoutMs?: number;
  /** How long an idle fetch waits on the broker; stop() waits for it, so it bounds shutdown too. */
  readonly maxWaitTimeMs?: number;
  readonly clock?: () => Date;
}

export interface RunningConsumer {
  /** Stops fetching, lets the in-flight message finish, commits, leaves the group, disconnects. */
  stop(): Promise<void>;
  /** Whether it is in its group now (see GroupMembership). */
  inGroup(): boolean;
}
