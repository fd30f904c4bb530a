import { Writable } from 'node:stream';
import { type EventEnvelope, EventEnvelopeSchema } from '@tianfu/contracts';
import { type EventStore, OutboxRelay, soleLease } from '@tianfu/eventstore';
import {
  createKafkaPublisher,
  eachMessage,
  ensureTopics,
  type KafkaClient,
  type KafkaPublisher,
  kafkaClient,
  kafkaClientNamed,
} from '@tianfu/messaging';
import { inject } from 'vitest';
import { uniqueName } from './unique-name.ts';
import './provided-context.ts';

/** The brokers of the global setup, for a test's own Kafka clients. */
export const testBrokers = (): string[] => inject('kafkaBrokers').split(',');

/** A client of the global setup's brokers, of the adapter `KAFKA_CLIENT` names (kafkajs by default). */
export const testKafka = (clientId: string): KafkaClient =>
  kafkaClient(testBrokers(), clientId, kafkaClientNamed(process.env.KAFKA_CLIENT));

const silent = { info: () => {}, warn: () => {}, error: () => {} };

/** A topic of this suite's own (6 partitions, kept for ever), so suites run in parallel. */
export async function createTestTopic(prefix: string): Promise<string> {
  const topic = uniqueName(prefix);
  const admin = testKafka(`${prefix}-admin`).admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
  await admin.disconnect();
  return topic;
}

export interface RecordedMessage {
  readonly key: string;
  readonly raw: string;
  readonly event: EventEnvelope;
}

/** Every message of `topic` from its start, as raw text (to search for what must not be there) and parsed. */
export async function recordTopic(topic: string): Promise<{ messages: RecordedMessage[]; stop: () => Promise<void> }> {
  const messages: RecordedMessage[] = [];
  const consumer = await testKafka(`${topic}-recorder`).consume({
    groupId: uniqueName('recorder'),
    topics: [topic],
    fromBeginning: true,
    autoCommitIntervalMs: false,
    eachBatch: eachMessage((_, __, message) => {
      const raw = message.value?.toString() ?? 'null';
      messages.push({ key: message.key?.toString() ?? '', raw, event: EventEnvelopeSchema.parse(JSON.parse(raw)) });
    }),
  });
  return { messages, stop: () => consumer.stop() };
}

/** An outbox relay from `store` to `topic`, alone (no lease), as a service's main runs one. */
export function relayToTopic(
  store: EventStore,
  topic: string,
): { publisher: KafkaPublisher; stop: () => Promise<void> } {
  const publisher = createKafkaPublisher({
    kafka: testKafka(`${topic}-relay`),
    topic,
    timeoutMs: 5_000,
  });
  const relay = new OutboxRelay({ store, publisher, lease: soleLease, logger: silent });
  relay.start();
  return {
    publisher,
    stop: async () => {
      await relay.stop();
      await publisher.disconnect();
    },
  };
}

/** Every line an app logs, at whatever level it is given: to search for names and ID numbers. */
export function captureLogs(): { destination: Writable; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { destination, lines };
}
