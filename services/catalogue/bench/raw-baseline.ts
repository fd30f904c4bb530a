import { randomUUID } from 'node:crypto';
import { ensureTopics } from '@tianfu/messaging';
import type { Kafka } from 'kafkajs';

/**
 * Raw kafkajs of the same events: `values` produced under one key (one partition, as the catalogue's
 * one stream) of a new topic in batches of 1,000 (acks all), read by a bare consumer from offset 0;
 * ms from the first send to the last message read.
 */
export async function rawProduceConsumeMs(kafka: Kafka, topic: string, values: readonly string[]): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
  await admin.disconnect();
  const producer = kafka.producer();
  const consumer = kafka.consumer({ groupId: `${topic}-${randomUUID()}`, maxWaitTimeInMs: 250 });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: true });
  let read = 0;
  let done: () => void = () => {};
  const allRead = new Promise<void>((resolve) => {
    done = resolve;
  });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      read += batch.messages.length;
      if (read >= values.length) done();
    },
  });
  const started = performance.now();
  for (let i = 0; i < values.length; i += 1_000) {
    const messages = values.slice(i, i + 1_000).map((value) => ({ key: 'catalogue', value }));
    await producer.send({ topic, acks: -1, messages });
  }
  await allRead;
  const ms = performance.now() - started;
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return ms;
}
