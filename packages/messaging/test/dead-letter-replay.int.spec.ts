import { deadLetterTopic, type EventEnvelope } from '@tianfu/contracts';
import { uniqueName, waitUntil } from '@tianfu/testing';
import { type Db, MongoClient } from 'mongodb';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createDeadLetterLog,
  createKafkaPublisher,
  createProcessedEvents,
  type DeadLetterLog,
  dedupe,
  type KafkaAdmin,
  type KafkaClient,
  type RunningConsumer,
  readDeadLetters,
  replayDeadLetters,
  runConsumer,
} from '../src/index.ts';
import { createTestTopic, deleteTestTopics, envelope, quietLogger, testKafka } from './fixtures.ts';

const retry = { maxRetries: 1, initialBackoffMs: 10, maxBackoffMs: 20 };
/** Every event of the suite has this key, so all land on one partition, in order. */
const KEY = 'worker-1';

describe('dead letters: written once, listed, replayed to the group that wrote them (pnpm dlq)', () => {
  let kafka: KafkaClient;
  let admin: KafkaAdmin;
  let client: MongoClient;
  let db: Db;
  let topic: string;
  const registry = new Registry();
  let log: DeadLetterLog;
  const consumers = new Map<string, RunningConsumer>();
  const applied = { fixed: new Map<string, number>(), other: new Map<string, number>() };
  let broken = true;
  const count = (seen: Map<string, number>, { eventId }: EventEnvelope) =>
    seen.set(eventId, (seen.get(eventId) ?? 0) + 1);
  const groups = { fixed: uniqueName('dlq-fixed'), other: uniqueName('dlq-other') };
  let poison: EventEnvelope;

  /** The group whose handler fails on `poison` until fixed, marking what it handled as a policy does. */
  const startFixed = async () => {
    const processed = createProcessedEvents(db, groups.fixed);
    const handle = dedupe(processed, async (event) => {
      if (broken && event.eventId === poison.eventId) throw new Error('the certificate office refused it');
      count(applied.fixed, event);
    });
    const common = { kafka, topics: [topic], retry, logger: quietLogger, registry, maxWaitTimeMs: 100 };
    consumers.set('fixed', await runConsumer({ ...common, groupId: groups.fixed, handle, deadLetterLog: log }));
  };

  const publish = async (events: readonly EventEnvelope[]) => {
    const publisher = createKafkaPublisher({ kafka, topic });
    await publisher.connect();
    await publisher.publish(events);
    await publisher.disconnect();
  };
  const handledBy = (seen: Map<string, number>, event: EventEnvelope, what: string) =>
    waitUntil(
      async () => seen.get(event.eventId) ?? 0,
      (n) => n > 0,
      { timeoutMs: 60_000, what },
    );
  const gauge = async () => (await registry.getSingleMetric('tianfu_dlq_messages')?.get())?.values ?? [];

  beforeAll(async () => {
    kafka = testKafka();
    admin = kafka.admin();
    await admin.connect();
    client = new MongoClient(inject('mongoUrl'));
    db = client.db(uniqueName('dlq_replay'));
    log = createDeadLetterLog(db, registry);
    topic = await createTestTopic(admin, 'dlq_replay', 2);
    await log.load(groups.fixed, [topic]);
    poison = envelope(KEY, { n: 2 });
    await startFixed();
    // Another group on the topic handles everything, and has no dedupe of its own.
    const other = async (event: EventEnvelope) => void count(applied.other, event);
    const common = { kafka, topics: [topic], retry, logger: quietLogger, registry: new Registry(), maxWaitTimeMs: 100 };
    consumers.set('other', await runConsumer({ ...common, groupId: groups.other, handle: other }));
  });

  afterAll(async () => {
    await Promise.all([...consumers.values()].map((c) => c.stop()));
    await admin.deleteGroups(Object.values(groups)).catch(() => undefined);
    await deleteTestTopics(admin, [topic]);
    await admin.disconnect();
    await db.dropDatabase();
    await client.close();
  });

  it('dead-letters once per group and event, even when the group reads the topic again from offset 0', async () => {
    const after = envelope(KEY, { n: 3 });
    await publish([envelope(KEY, { n: 1 }), poison, after]);
    await handledBy(applied.fixed, after, 'the failing group past the poison');
    await handledBy(applied.other, after, 'the other group past the poison');
    const letters = await readDeadLetters(kafka, deadLetterTopic(topic));
    expect(letters).toMatchObject([
      { topic, group: groups.fixed, eventId: poison.eventId, error: 'the certificate office refused it' },
    ]);
    expect(await gauge()).toEqual([{ labels: { group: groups.fixed, topic }, value: 1 }]);

    await consumers.get('fixed')?.stop();
    const earliest = (await admin.fetchTopicOffsets(topic)).map(({ partition, low }) => ({ partition, offset: low }));
    await admin.setOffsets({ groupId: groups.fixed, topic, partitions: earliest });
    applied.fixed.clear();
    await startFixed();
    const marker = envelope(KEY, { n: 4 });
    await publish([marker]);
    await handledBy(applied.fixed, marker, 'the failing group past the poison a second time');
    expect(await readDeadLetters(kafka, deadLetterTopic(topic))).toHaveLength(1);
  });

  it('a replay after the fix reaches only the group that dead-lettered it, and a second replay applies nothing twice', async () => {
    broken = false;
    const letters = await readDeadLetters(kafka, deadLetterTopic(topic));
    await replayDeadLetters(kafka, letters);
    await handledBy(applied.fixed, poison, 'the replayed event handled');
    expect(await gauge()).toEqual([{ labels: { group: groups.fixed, topic }, value: 0 }]);

    await replayDeadLetters(kafka, letters);
    const marker = envelope(KEY, { n: 5 });
    await publish([marker]);
    await handledBy(applied.fixed, marker, 'the fixed group past the second replay');
    await handledBy(applied.other, marker, 'the other group past both replays');
    expect(applied.fixed.get(poison.eventId)).toBe(1);
    expect(applied.other.get(poison.eventId)).toBe(1);
  });
});
