import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { ConsumedBatch, ConsumeOptions, GroupConsumer } from '../port/consumer.ts';
import type { TopicPartitions } from '../port/messages.ts';
import { consumedMessage } from './kafkajs-messages.ts';

const batchOf = ({ batch, ...payload }: EachBatchPayload): ConsumedBatch => ({
  topic: batch.topic,
  partition: batch.partition,
  highWatermark: batch.highWatermark,
  messages: batch.messages.map(consumedMessage),
  lastOffset: batch.lastOffset(),
  resolveOffset: payload.resolveOffset,
  commitIfNecessary: () => payload.commitOffsetsIfNecessary(),
  heartbeat: payload.heartbeat,
  isRunning: () => payload.isRunning() && !payload.isStale(),
  pause: () => void payload.pause(),
});

const partitionsOf = (list: readonly TopicPartitions[]) =>
  list.map(({ topic, partitions }) => ({ topic, ...(partitions && { partitions: [...partitions] }) }));

/** Offsets are resolved by hand; with automatic commits kafkajs commits the resolved ones. */
export async function kafkajsConsume(kafka: Kafka, options: ConsumeOptions): Promise<GroupConsumer> {
  const consumer = kafka.consumer({
    groupId: options.groupId,
    ...(options.sessionTimeoutMs !== undefined && { sessionTimeout: options.sessionTimeoutMs }),
    ...(options.heartbeatIntervalMs !== undefined && { heartbeatInterval: options.heartbeatIntervalMs }),
    ...(options.maxWaitTimeMs !== undefined && { maxWaitTimeInMs: options.maxWaitTimeMs }),
    ...(options.maxBytesPerPartition !== undefined && { maxBytesPerPartition: options.maxBytesPerPartition }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
  });
  listen(consumer, options);
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [...options.topics], fromBeginning: options.fromBeginning });
    await consumer.run({
      autoCommit: options.autoCommitIntervalMs !== false,
      ...(options.autoCommitIntervalMs !== false && { autoCommitInterval: options.autoCommitIntervalMs }),
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => options.eachBatch(batchOf(payload)),
    });
  } catch (error) {
    await consumer.disconnect();
    throw error;
  }
  return {
    pause: (partitions) => consumer.pause(partitionsOf(partitions)),
    resume: (partitions) => consumer.resume(partitionsOf(partitions)),
    commitOffsets: (offsets) => consumer.commitOffsets([...offsets]),
    async seek({ topic, partition, offset }) {
      consumer.seek({ topic, partition, offset });
      // kafkajs commits a seek only with automatic commits; the port always does.
      await consumer.commitOffsets([{ topic, partition, offset }]);
    },
    stop: () => consumer.disconnect(),
  };
}

function listen(consumer: Consumer, { onJoin, onCrash }: ConsumeOptions): void {
  if (onJoin)
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) =>
      onJoin({ memberId: payload.memberId, assignment: payload.memberAssignment }),
    );
  if (onCrash) consumer.on(consumer.events.CRASH, ({ payload }) => onCrash(payload.error, payload.restart));
}
