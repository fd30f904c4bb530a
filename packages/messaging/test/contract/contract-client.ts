import { uniqueName } from '@tianfu/testing';
import {
  type ConsumedMessage,
  eachMessage,
  type GroupConsumer,
  type KafkaAdmin,
  type KafkaClient,
  type KafkaClientName,
} from '../../src/index.ts';
import { createTestTopic, deleteTestTopics, testKafka } from '../fixtures.ts';

export interface Received {
  readonly topic: string;
  readonly partition: number;
  readonly message: ConsumedMessage;
}

/** One adapter under the contract: its client, an admin, and what a suite created, removed afterwards. */
export function contractClient(name: KafkaClientName) {
  const kafka: KafkaClient = testKafka(name);
  const admin: KafkaAdmin = kafka.admin();
  const topics: string[] = [];
  const groups: string[] = [];
  const consumers: GroupConsumer[] = [];
  return {
    kafka,
    admin,
    setUp: () => admin.connect(),
    async topic(prefix: string, partitions = 4): Promise<string> {
      const topic = await createTestTopic(admin, `${name}_${prefix}`, partitions);
      topics.push(topic);
      return topic;
    },
    group(prefix: string): string {
      const groupId = uniqueName(`${name}_${prefix}`);
      groups.push(groupId);
      return groupId;
    },
    async produce(topic: string, messages: Parameters<ReturnType<KafkaClient['producer']>['send']>[1]) {
      const producer = kafka.producer();
      await producer.connect();
      await producer.send(topic, messages);
      await producer.disconnect();
    },
    /** Every message the group gets, recorded; manual commits unless `autoCommitIntervalMs` says otherwise. */
    async record(groupId: string, topic: string, autoCommitIntervalMs: number | false = false) {
      const received: Received[] = [];
      const consumer = await kafka.consume({
        groupId,
        topics: [topic],
        fromBeginning: true,
        maxWaitTimeMs: 100,
        autoCommitIntervalMs,
        eachBatch: eachMessage((t, partition, message) => void received.push({ topic: t, partition, message })),
      });
      consumers.push(consumer);
      return { received, consumer };
    },
    async tearDown() {
      await Promise.all(consumers.map((c) => c.stop().catch(() => undefined)));
      await admin.deleteGroups(groups).catch(() => undefined);
      await deleteTestTopics(admin, topics);
      await admin.disconnect();
    },
  };
}

export type ContractClient = ReturnType<typeof contractClient>;
