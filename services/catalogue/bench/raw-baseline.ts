import { randomUUID } from 'node:crypto';
import { ensureTopics, type KafkaClient } from '@tianfu/messaging';

/**
 * A bare producer and consumer of the same events: `values` produced under one key (one partition,
 * as the catalogue's one stream) of a new topic in batches of 1,000 (acks all), read by a bare
 * consumer from offset 0; ms from the first send to the last message read.
 */
export async function rawProduceConsumeMs(
  kafka: KafkaClient,
  topic: string,
  values: readonly string[],
): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
  await admin.disconnect();
  const producer = kafka.producer();
  await producer.connect();
  let read = 0;
  let done: () => void = () => {};
  const allRead = new Promise<void>((resolve) => {
    done = resolve;
  });
  const consumer = await kafka.consume({
    groupId: `${topic}-${randomUUID()}`,
    topics: [topic],
    fromBeginning: true,
    maxWaitTimeMs: 250,
    autoCommitIntervalMs: false,
    eachBatch: async (batch) => {
      read += batch.messages.length;
      batch.resolveOffset(batch.lastOffset);
      if (read >= values.length) done();
    },
  });
  const started = performance.now();
  for (let i = 0; i < values.length; i += 1_000) {
    const messages = values.slice(i, i + 1_000).map((value) => ({ key: 'catalogue', value }));
    await producer.send(topic, messages);
  }
  await allRead;
  const ms = performance.now() - started;
  await Promise.all([producer.disconnect(), consumer.stop()]);
  return ms;
}
