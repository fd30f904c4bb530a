import { type Kafka, Partitioners } from 'kafkajs';
import type { KafkaProducer, ProducerOptions } from '../port/producer.ts';
import { kafkajsMessage } from './kafkajs-messages.ts';

/** acks -1: resolved only once every in-sync replica has the messages. */
const ALL_REPLICAS = -1;

/** The Java-compatible partitioner puts a key on the same partition as any other client would. */
export function kafkajsProducer(kafka: Kafka, options: ProducerOptions = {}): KafkaProducer {
  const { retry } = options;
  const producer = kafka.producer({
    ...(retry && {
      retry: { retries: retry.retries, initialRetryTime: retry.initialRetryTimeMs, maxRetryTime: retry.maxRetryTimeMs },
    }),
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  // kafkajs may reorder sends that overlap; one after another, they land in the order they were made.
  let last: Promise<unknown> = Promise.resolve();
  return {
    connect: () => producer.connect(),
    disconnect: () => producer.disconnect(),
    send(topic, messages, sendOptions) {
      const sent = last.then(() =>
        producer.send({
          topic,
          acks: ALL_REPLICAS,
          ...(sendOptions?.timeoutMs !== undefined && { timeout: sendOptions.timeoutMs }),
          messages: messages.map(kafkajsMessage),
        }),
      );
      last = sent.catch(() => undefined);
      return sent.then(() => undefined);
    },
  };
}
