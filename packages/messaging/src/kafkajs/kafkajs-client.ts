import { Kafka, logLevel } from 'kafkajs';
import type { KafkaClient } from '../port/kafka-client.ts';
import { kafkajsAdmin } from './kafkajs-admin.ts';
import { kafkajsConsume } from './kafkajs-consumer.ts';
import { kafkajsProducer } from './kafkajs-producer.ts';

/** The default adapter. kafkajs marks the errors a retry may cure `retriable`, as the port asks. */
export function kafkajsClient(brokers: readonly string[], clientId: string): KafkaClient {
  const kafka = new Kafka({ clientId, brokers: [...brokers], logLevel: logLevel.NOTHING, retry: { retries: 8 } });
  return {
    name: 'kafkajs',
    producer: (options) => kafkajsProducer(kafka, options),
    admin: () => kafkajsAdmin(kafka),
    consume: (options) => kafkajsConsume(kafka, options),
  };
}
