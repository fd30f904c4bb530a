import { type BaseOptions, Consumer, type Message, type MessagesStream } from '@platformatic/kafka';
import type { ConsumedBatch, ConsumeOptions, GroupConsumer } from '../port/consumer.ts';
import { HighWatermarks } from './high-watermarks.ts';
import { OffsetCommits } from './offset-commits.ts';
import { PartitionQueues } from './partition-queues.ts';
import { retriableErrors } from './platformatic-errors.ts';
import { consumedMessage } from './platformatic-messages.ts';

const RESTART_DELAY_MS = 1_000;

/**
 * A group member over this client's message stream: batches per partition (PartitionQueues),
 * offsets resolved by hand and committed by OffsetCommits. A handler that throws, or a stream
 * that fails, reopens the stream at the committed offsets, as kafkajs restarts after a crash.
 */
export async function platformaticConsume(base: BaseOptions, options: ConsumeOptions): Promise<GroupConsumer> {
  const consumer = new Consumer({
    ...base,
    groupId: options.groupId,
    ...(options.sessionTimeoutMs !== undefined && { sessionTimeout: options.sessionTimeoutMs }),
    ...(options.heartbeatIntervalMs !== undefined && { heartbeatInterval: options.heartbeatIntervalMs }),
    ...(options.maxWaitTimeMs !== undefined && { maxWaitTime: options.maxWaitTimeMs }),
    ...(options.maxBytesPerPartition !== undefined && { maxBytesPerPartition: options.maxBytesPerPartition }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
  });
  consumer.on('consumer:group:join', ({ memberId, assignments }) =>
    options.onJoin?.({ memberId, assignment: assignments }),
  );
  const commits = new OffsetCommits(consumer, options.autoCommitIntervalMs);
  const watermarks = new HighWatermarks(consumer);
  let stream: MessagesStream<Buffer, Buffer, Buffer, Buffer> | null = null;
  let stopped = false;
  let restarting: Promise<void> | null = null;

  const batchOf = (topic: string, partition: number, messages: Message[], generation: number): ConsumedBatch => {
    const consumed = messages.map(consumedMessage);
    const last = consumed.at(-1)?.offset;
    const highWatermark = watermarks.of(topic, partition, last);
    return {
      topic,
      partition,
      highWatermark,
      messages: consumed,
      lastOffset: last ?? String(BigInt(highWatermark) - 1n),
      resolveOffset: (offset) => commits.resolve(topic, partition, offset),
      commitIfNecessary: () => commits.commitIfNecessary(),
      // The client heartbeats on its own timer.
      heartbeat: async () => undefined,
      isRunning: () => !stopped && restarting === null && consumer.generationId === generation,
      pause: () => queues.pause(topic, [partition]),
    };
  };

  const queues = new PartitionQueues(
    async (topic, partition, messages) => {
      try {
        const generation = consumer.generationId;
        await options.eachBatch(batchOf(topic, partition, messages, generation));
        // As kafkajs does: what the handler left unresolved comes again (after a pause, on resume).
        if (!stopped && consumer.generationId === generation)
          queues.requeue(topic, partition, commits.unresolved(topic, partition, messages));
        await commits.afterBatch();
      } catch (error) {
        restart(error);
      }
    },
    options.partitionsConsumedConcurrently ?? 1,
    (flowing) => (flowing ? stream?.resume() : stream?.pause()),
  );

  const open = async () => {
    const opened = await retriableErrors(() =>
      consumer.consume({
        topics: [...options.topics],
        mode: 'committed',
        fallbackMode: options.fromBeginning ? 'earliest' : 'latest',
        autocommit: false,
      }),
    );
    opened.on('data', (message) => queues.push(message));
    opened.on('error', (error) => restart(error));
    stream = opened;
  };

  /** Closes the stream and opens it again at the committed offsets, after `meanwhile`. */
  const reopen = (meanwhile: () => Promise<unknown>): Promise<void> => {
    const reopening = (async () => {
      await stream?.close().catch(() => undefined);
      queues.clear();
      await queues.idle();
      await meanwhile();
      if (!stopped) await open();
    })().finally(() => {
      restarting = null;
    });
    restarting = reopening;
    return reopening;
  };

  const restart = (error: unknown) => {
    if (stopped || restarting !== null) return;
    options.onCrash?.(error, true);
    reopen(async () => {
      await commits.flush().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, RESTART_DELAY_MS));
    }).catch((failure: unknown) => options.onCrash?.(failure, false));
  };

  try {
    await open();
  } catch (error) {
    await consumer.close(true);
    throw error;
  }
  return {
    pause: (partitions) => {
      for (const { topic, partitions: list } of partitions) queues.pause(topic, list);
    },
    resume: (partitions) => {
      for (const { topic, partitions: list } of partitions) queues.resume(topic, list);
    },
    commitOffsets: (offsets) => commits.commit(offsets),
    async seek(offset) {
      await restarting?.catch(() => undefined);
      await reopen(() => commits.moveTo(offset));
    },
    async stop() {
      stopped = true;
      await restarting?.catch(() => undefined);
      await stream?.close();
      await queues.idle();
      await commits.flush();
      watermarks.stop();
      await consumer.close();
    },
  };
}
