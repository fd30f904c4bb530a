import type { KafkaAdmin } from './admin.ts';
import type { ConsumeOptions, GroupConsumer } from './consumer.ts';
import type { KafkaProducer, ProducerOptions } from './producer.ts';

/** The clients an adapter exists for (`KAFKA_CLIENT`); kafkajs is the default. */
export const KAFKA_CLIENTS = ['kafkajs', 'platformatic'] as const;
export type KafkaClientName = (typeof KAFKA_CLIENTS)[number];

/** Everything the platform asks of Kafka: the port every adapter implements. */
export interface KafkaClient {
  readonly name: KafkaClientName;
  producer(options?: ProducerOptions): KafkaProducer;
  admin(): KafkaAdmin;
  /** Joins `groupId` and hands each fetched partition batch to `eachBatch` until stopped. */
  consume(options: ConsumeOptions): Promise<GroupConsumer>;
}
