import type { BaseOptions } from '@platformatic/kafka';
import type { KafkaClient } from '../port/kafka-client.ts';
import { platformaticAdmin } from './platformatic-admin.ts';
import { platformaticConsume } from './platformatic-consumer.ts';
import { platformaticProducer } from './platformatic-producer.ts';

/** The adapter for @platformatic/kafka: pure JavaScript, maintained, tested against Kafka 3.5–4.2. */
export function platformaticClient(brokers: readonly string[], clientId: string): KafkaClient {
  const base: BaseOptions = { clientId, bootstrapBrokers: [...brokers], retries: 8 };
  return {
    name: 'platformatic',
    producer: (options) => platformaticProducer(base, options),
    admin: () => platformaticAdmin(base),
    consume: (options) => platformaticConsume(base, options),
  };
}
