import type { ConsumedMessage, GroupConsumer, KafkaClient } from '@tianfu/messaging';
import { type PartitionRange, rangeKey } from './partition-ranges.ts';

/** Messages of one partition, in order, all below the range's end. */
export interface ReplayBatch {
  readonly topic: string;
  readonly partition: number;
  readonly messages: readonly ConsumedMessage[];
}

export type ReplayBatchHandler = (batch: ReplayBatch) => Promise<void>;

export interface PartitionReplay {
  /** Reads these ranges to their end (and no further), partition by partition in order. */
  read(ranges: readonly PartitionRange[], onBatch: ReplayBatchHandler): Promise<void>;
  /** Commits each range's end for the group: a consumer of the group then starts where the replay stopped. */
  commitEnds(ranges: readonly PartitionRange[]): Promise<void>;
  close(): Promise<void>;
}

interface Pass {
  readonly ends: ReadonlyMap<string, number>;
  readonly onBatch: ReplayBatchHandler;
  done(key: string): void;
  fail(error: unknown): void;
}

const byTopic = (ranges: readonly PartitionRange[]) =>
  [...new Set(ranges.map((r) => r.topic))].map((topic) => ({
    topic,
    partitions: ranges.filter((r) => r.topic === topic).map((r) => r.partition),
  }));

/**
 * Reads chosen partitions of `topics` from their start, as the only member of a new group
 * (the port has no manual assignment): a partition outside the current pass is paused when it
 * first shows up, unread, and resumed when its pass comes; one that reaches its end is paused
 * for good. Nothing is committed until `commitEnds`. An abort fails the pass being read.
 */
export async function openPartitionReplay(
  kafka: KafkaClient,
  groupId: string,
  topics: readonly string[],
  signal: AbortSignal,
): Promise<PartitionReplay> {
  let current: Pass | null = null;
  signal.addEventListener('abort', () => current?.fail(signal.reason), { once: true });
  const consumer: GroupConsumer = await kafka.consume({
    groupId,
    topics,
    fromBeginning: true,
    maxBytesPerPartition: 4 * 1024 * 1024,
    maxBytes: 32 * 1024 * 1024,
    maxWaitTimeMs: 250,
    autoCommitIntervalMs: false,
    onCrash: (error, restarting) => {
      if (!restarting) current?.fail(error);
    },
    eachBatch: async (batch) => {
      const pass = current;
      const key = rangeKey(batch);
      const end = pass?.ends.get(key);
      if (pass === null || end === undefined) {
        batch.pause();
        return;
      }
      const messages = batch.messages.filter((m) => Number(m.offset) < end);
      try {
        if (messages.length > 0) await pass.onBatch({ topic: batch.topic, partition: batch.partition, messages });
      } catch (error) {
        batch.pause();
        pass.fail(error);
        return;
      }
      const last = messages.at(-1);
      if (last !== undefined) batch.resolveOffset(last.offset);
      if (Number(batch.lastOffset) + 1 >= end) {
        batch.pause();
        pass.done(key);
      }
    },
  });

  return {
    read: (ranges, onBatch) =>
      new Promise<void>((resolve, reject) => {
        if (signal.aborted) return reject(signal.reason);
        const open = ranges.filter((r) => r.high > r.low);
        if (open.length === 0) return resolve();
        const remaining = new Set(open.map(rangeKey));
        current = {
          ends: new Map(open.map((r) => [rangeKey(r), r.high])),
          onBatch,
          done(key) {
            remaining.delete(key);
            if (remaining.size > 0) return;
            current = null;
            resolve();
          },
          fail(error) {
            current = null;
            reject(error);
          },
        };
        consumer.resume(byTopic(open));
      }),
    commitEnds: (ranges) =>
      consumer.commitOffsets(ranges.map(({ topic, partition, high }) => ({ topic, partition, offset: String(high) }))),
    close: () => consumer.stop(),
  };
}
