import type { EventEnvelope } from '@tianfu/contracts';
import { uniqueName, waitUntil } from '@tianfu/testing';
import { type Db, MongoClient } from 'mongodb';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import {
  type ConsumerOptions,
  createKafkaPublisher,
  createProcessedEvents,
  dedupe,
  insertOnce,
  type KafkaAdmin,
  type KafkaClient,
  type KafkaPublisher,
  runConsumer,
} from '../src/index.ts';
import {
  createTestTopic,
  deferred,
  deleteTestTopics,
  envelope,
  quietLogger,
  rewindGroup,
  testKafka,
} from './fixtures.ts';

const Step = z.object({ key: z.string(), seq: z.number().int() });
const KEYS = 8;
const TOTAL = 160;

/** 160 events over 8 keys, each key numbered 0, 1, 2 … in publish order. */
const steps = (): EventEnvelope[] =>
  Array.from({ length: TOTAL }, (_, i) =>
    envelope(`worker-${i % KEYS}`, { key: `worker-${i % KEYS}`, seq: Math.floor(i / KEYS) }),
  );

describe('consumer runner: stop, restart, redelivery', () => {
  let kafka: KafkaClient;
  let admin: KafkaAdmin;
  let client: MongoClient;
  let db: Db;
  let publisher: KafkaPublisher;
  let topic: string;
  const topics: string[] = [];
  const groups: string[] = [];

  const start = (groupId: string, handle: ConsumerOptions['handle'], from = topic) =>
    runConsumer({
      kafka,
      groupId,
      topics: [from],
      handle,
      retry: { maxRetries: 2, initialBackoffMs: 10, maxBackoffMs: 50 },
      logger: quietLogger,
      registry: new Registry(),
      partitionsConsumedConcurrently: 2,
      maxWaitTimeMs: 100,
    });

  beforeAll(async () => {
    kafka = testKafka();
    admin = kafka.admin();
    await admin.connect();
    client = new MongoClient(inject('mongoUrl'));
    db = client.db(uniqueName('messaging'));
    topic = await createTestTopic(admin, 'redelivery');
    topics.push(topic);
    publisher = createKafkaPublisher({ kafka, topic });
    await publisher.connect();
    await publisher.publish(steps());
  });

  afterAll(async () => {
    await publisher.disconnect();
    await admin.deleteGroups(groups);
    await deleteTestTopics(admin, topics);
    await admin.disconnect();
    await db.dropDatabase();
    await client.close();
  });

  it('applies nothing twice when stopped mid-batch and restarted from offsets it never committed', async () => {
    const groupId = uniqueName('restart');
    groups.push(groupId);
    const effects = db.collection<{ eventId: string; key: string; seq: number }>('effects');
    const applied: Array<z.infer<typeof Step>> = [];
    const midway = deferred();
    // Non-idempotent on purpose: a fresh ObjectId per call, so only the dedupe prevents doubles.
    const apply = dedupe(createProcessedEvents(db, groupId), async (event) => {
      const step = Step.parse(event.data);
      await effects.insertOne({ eventId: event.eventId, ...step });
      applied.push(step);
      if (applied.length === 50) midway.resolve();
    });
    let deliveries = 0;
    const handle: ConsumerOptions['handle'] = (event, context) => {
      deliveries++;
      return apply(event, context);
    };

    const first = await start(groupId, handle);
    await midway.promise;
    await first.stop();
    const appliedByFirst = applied.length;
    expect(appliedByFirst).toBeLessThan(TOTAL);
    // Every handled message committed, nothing more: commits follow handling.
    expect(await committedCount(admin, groupId, topic)).toBe(appliedByFirst);

    // As if the first consumer had crashed before committing anything: all of it comes again.
    await rewindGroup(kafka, groupId, topic, 4);
    deliveries = 0;
    const second = await start(groupId, handle);
    await waitUntil(
      () => committedCount(admin, groupId, topic),
      (n) => n === TOTAL,
      { what: 'all offsets committed' },
    );
    await second.stop();

    expect(deliveries).toBe(TOTAL);
    const docs = await effects.find().toArray();
    expect(docs).toHaveLength(TOTAL);
    expect(new Set(docs.map((d) => d.eventId)).size).toBe(TOTAL);
    // Over both runs, each key was applied exactly once per step, in publish order.
    for (let k = 0; k < KEYS; k++) {
      const seqs = applied.filter((s) => s.key === `worker-${k}`).map((s) => s.seq);
      expect(seqs).toEqual(Array.from({ length: TOTAL / KEYS }, (_, i) => i));
    }
  });

  it('applies a republished event once, whether deduped by marker or by an eventId-keyed insert', async () => {
    const republished = await createTestTopic(admin, 'republish', 2);
    topics.push(republished);
    const again = envelope('worker-9', { key: 'worker-9', seq: 0 });
    const sentinel = envelope('worker-9', { key: 'worker-9', seq: 1 });
    const relay = createKafkaPublisher({ kafka, topic: republished });
    await relay.connect();
    // The relay's crash window: published, not yet marked published, so published again.
    await relay.publish([again]);
    await relay.publish([again, sentinel]);
    await relay.disconnect();

    const markerGroup = uniqueName('republish_marker');
    const factGroup = uniqueName('republish_fact');
    groups.push(markerGroup, factGroup);
    const effects = db.collection<{ eventId: string }>('republish_effects');
    const facts = db.collection<{ _id: string }>('republish_facts');
    const delivered: string[] = [];
    const outcomes: string[] = [];
    const viaMarker = dedupe(createProcessedEvents(db, markerGroup), async (event) => {
      await effects.insertOne({ eventId: event.eventId });
    });
    const consumers = [
      await start(
        markerGroup,
        async (event, context) => {
          delivered.push(event.eventId);
          await viaMarker(event, context);
        },
        republished,
      ),
      await start(
        factGroup,
        async (event) => {
          outcomes.push(`${event.eventId}:${await insertOnce(facts, { _id: event.eventId })}`);
        },
        republished,
      ),
    ];
    await waitUntil(
      async () => (await effects.countDocuments({ eventId: sentinel.eventId })) + outcomes.length,
      (n) => n === 1 + 3,
      { what: 'both consumers past the sentinel' },
    );
    await Promise.all(consumers.map((c) => c.stop()));

    expect(delivered).toEqual([again.eventId, again.eventId, sentinel.eventId]);
    expect(await effects.countDocuments({ eventId: again.eventId })).toBe(1);
    expect(outcomes).toEqual([
      `${again.eventId}:inserted`,
      `${again.eventId}:duplicate`,
      `${sentinel.eventId}:inserted`,
    ]);
    expect(await facts.countDocuments()).toBe(2);
  });
});

async function committedCount(admin: KafkaAdmin, groupId: string, topic: string): Promise<number> {
  const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
  return (offsets?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
}
