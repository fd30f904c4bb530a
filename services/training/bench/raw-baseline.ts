import { randomUUID } from 'node:crypto';
import { ensureTopics, type KafkaClient } from '@tianfu/messaging';
import { timed, uniqueName } from '@tianfu/testing';
import type { Db } from 'mongodb';

/** An event as the event store and the outbox carry it: the envelope around a roster event's data. */
function envelope(type: string, n: number, data: object) {
  const at = new Date().toISOString();
  return {
    _id: randomUUID(),
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    streamId: 'roster-bench',
    revision: n,
    occurredAt: at,
    recordedAt: at,
    actor: { kind: 'user', id: 'bench-clerk' },
    correlationId: randomUUID(),
    causationId: null,
    workerId: n.toString(16).padStart(64, '0'),
    data,
  };
}

/** The same number of roster events, each as large as the service's, for the raw insert and send. */
export const rawEvents = (type: string, count: number, data: (n: number) => object) =>
  Array.from({ length: count }, (_, n) => envelope(type, n, data(n)));

/**
 * The raw baseline of the same work, same run: a bare driver's insertMany of the documents, then
 * a bare kafkajs producer sending them in batches of 1,000. Milliseconds for both.
 */
export async function rawInsertAndSend(db: Db, kafka: KafkaClient, events: readonly { workerId: string }[]) {
  const insertMs = await timed(() => db.collection(uniqueName('raw')).insertMany(events.map((e) => ({ ...e }))));
  const topic = uniqueName('bench-raw');
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
  await admin.disconnect();
  const producer = kafka.producer();
  await producer.connect();
  const sendMs = await timed(async () => {
    for (let i = 0; i < events.length; i += 1_000) {
      const messages = events.slice(i, i + 1_000).map((e) => ({ key: e.workerId, value: JSON.stringify(e) }));
      await producer.send(topic, messages);
    }
  });
  await producer.disconnect();
  return insertMs + sendMs;
}
