import { type BaseOptions, compatibilityPartitioner, Producer } from '@platformatic/kafka';
import type { KafkaProducer, ProducerOptions } from '../port/producer.ts';
import { retriableErrors } from './platformatic-errors.ts';
import { platformaticMessage } from './platformatic-messages.ts';

/**
 * Idempotent with acks from every in-sync replica; the compatibility partitioner is Java's (the
 * client's default differs, and would move keys to other partitions than the other clients).
 * This client bounds each request by the client's `timeout`, not per send.
 */
export function platformaticProducer(base: BaseOptions, options: ProducerOptions = {}): KafkaProducer {
  const { retry } = options;
  const producer = new Producer({
    ...base,
    ...(retry && { retries: retry.retries, retryDelay: retry.initialRetryTimeMs }),
    idempotent: true,
    acks: -1,
    autocreateTopics: false,
    partitioner: compatibilityPartitioner,
  });
  return {
    // Connections open on first use.
    connect: async () => undefined,
    disconnect: () => producer.close(),
    async send(topic, messages) {
      await retriableErrors(() => producer.send({ messages: messages.map((m) => platformaticMessage(topic, m)) }));
    },
  };
}
