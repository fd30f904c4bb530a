import type { ConsumedMessage, TopicPartitionOffset, TopicPartitions } from './messages.ts';

/** One partition's messages, in offset order. */
export interface ConsumedBatch {
  readonly topic: string;
  readonly partition: number;
  /** The offset after the partition's last message, as far as the client knows. */
  readonly highWatermark: string;
  readonly messages: readonly ConsumedMessage[];
  /** The last message's offset (the high watermark - 1 when there is none). */
  readonly lastOffset: string;
  /** This message is dealt with: what `commitIfNecessary` (and the group's own commits) may commit. */
  resolveOffset(offset: string): void;
  /** Commits the resolved offsets when the commit interval has passed (with automatic commits). */
  commitIfNecessary(): Promise<void>;
  /** Keeps the membership while a slow handler runs (a no-op for a client that heartbeats alone). */
  heartbeat(): Promise<void>;
  /** False once the consumer stops or the partition is given to another member: the batch must end. */
  isRunning(): boolean;
  /** Stops fetching this partition until `resume`. */
  pause(): void;
}

/** What a handler leaves unresolved is handed over again (after a pause, once resumed). */
export type BatchHandler = (batch: ConsumedBatch) => Promise<void>;

export interface ConsumeOptions {
  readonly groupId: string;
  readonly topics: readonly string[];
  /** Where a group with no committed offset starts: offset 0, else the end. */
  readonly fromBeginning: boolean;
  readonly eachBatch: BatchHandler;
  /**
   * Commits resolved offsets on this interval, after each batch and before a partition is given
   * up; false: only `commitOffsets` commits.
   */
  readonly autoCommitIntervalMs: number | false;
  /** Partitions handled at once; each one stays strictly in order. Default 1. */
  readonly partitionsConsumedConcurrently?: number;
  readonly sessionTimeoutMs?: number;
  readonly heartbeatIntervalMs?: number;
  /** How long an idle fetch waits on the broker; stopping waits for it. */
  readonly maxWaitTimeMs?: number;
  readonly maxBytesPerPartition?: number;
  readonly maxBytes?: number;
  /** The member joined the group and was given partitions. */
  readonly onJoin?: (details: { readonly memberId: string; readonly assignment: unknown }) => void;
  /** The consumer failed; `restarting` when the client rejoins by itself. */
  readonly onCrash?: (error: unknown, restarting: boolean) => void;
}

/** A member of a consumer group, fetching. */
export interface GroupConsumer {
  pause(partitions: readonly TopicPartitions[]): void;
  resume(partitions: readonly TopicPartitions[]): void;
  commitOffsets(offsets: readonly TopicPartitionOffset[]): Promise<void>;
  /** Reads the partition from `offset` on (and commits it as the group's position there). */
  seek(offset: TopicPartitionOffset): Promise<void>;
  /** Stops fetching, lets the batch in flight end, commits what is resolved, leaves the group. */
  stop(): Promise<void>;
}
