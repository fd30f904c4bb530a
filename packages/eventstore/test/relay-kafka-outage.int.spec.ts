import type { EventEnvelope } from '@tianfu/contracts';
import {
  createKafkaPublisher,
  createProcessedEvents,
  dedupe,
  ensureTopics,
  type KafkaPublisher,
  kafkaClient,
  type RunningConsumer,
  runConsumer,
} from '@tianfu/messaging';
import { type PrivateKafka, privateKafka, uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MongoEventStore } from '../src/mongo-store.ts';
import { MongoLease } from '../src/relay/lease.ts';
import { OutboxRelay } from '../src/relay/outbox-relay.ts';
import { systemDeps } from './event-store-contract.ts';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const topic = 'relay.outage.events';
const STREAMS = 100;
const COMMITS = 1_000;

let kafka: PrivateKafka;
const db = useTestDatabase('relay');
let store: MongoEventStore;
let publisher: KafkaPublisher;
const relays: OutboxRelay[] = [];
let consumer: RunningConsumer | undefined;

beforeAll(async () => {
  kafka = await privateKafka();
  await kafka.start();
  const admin = kafkaClient(kafka.brokers, 'relay-test-admin').admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
  await admin.disconnect();
  store = await MongoEventStore.create(db(), systemDeps);
  publisher = createKafkaPublisher({ kafka: kafkaClient(kafka.brokers, 'relay-test'), topic, timeoutMs: 5_000 });
}, 240_000);

afterAll(async () => {
  await consumer?.stop();
  await Promise.all(relays.map((r) => r.stop()));
  await publisher?.disconnect();
  await kafka?.destroy();
}, 120_000);

async function startRelay(owner: string, relayStore = store) {
  const lease = await MongoLease.create(db(), { name: 'relay-test', owner, ttlMs: 10_000, clock: () => new Date() });
  const relay = new OutboxRelay({ store: relayStore, publisher, lease, logger: silent, maxBackoffMs: 1_000 });
  relays.push(relay);
  relay.start();
  return relay;
}

const deliveries: EventEnvelope[] = [];
const effects = () => db().collection<{ eventId: string }>('effects');

/** Every delivery is recorded; the effect (a non-idempotent insert) runs behind the dedupe helper. */
function startConsumer() {
  const apply = dedupe(createProcessedEvents(db(), 'outage-test'), async (event: EventEnvelope) => {
    await effects().insertOne({ eventId: event.eventId });
  });
  return runConsumer({
    kafka: kafkaClient(kafka.brokers, 'relay-test-consumer'),
    groupId: uniqueName('relay-consumer'),
    topics: [topic],
    retry: { maxRetries: 3, initialBackoffMs: 10, maxBackoffMs: 100 },
    logger: silent,
    registry: new Registry(),
    handle: async (event, context) => {
      deliveries.push(event);
      await apply(event, context);
    },
  });
}

/** The store as a relay sees it, except that the first markPublished fails: a crash after publish. */
function crashingOnFirstMark(target: MongoEventStore): MongoEventStore {
  let crashed = false;
  return new Proxy(target, {
    get(t, property) {
      if (property === 'markPublished' && !crashed) {
        return async () => {
          crashed = true;
          throw new Error('relay died between publish and mark');
        };
      }
      const value = Reflect.get(t, property, t);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
}

async function appendCommits(count: number, offset: number) {
  for (let n = offset; n < offset + count; n++) {
    const streamId = `stream-${n % STREAMS}`;
    await store.append(streamId, [{ type: 'test.Happened', data: { n } }], {
      expectedRevision: Math.floor(n / STREAMS),
      actor: { kind: 'system', id: 'test' },
      correlationId: 'outage',
    });
  }
}

describe('outbox relay across a real Kafka outage', () => {
  it('publishes all 1,000 commits appended while Kafka was down, once it is back, in per-stream order', async () => {
    await kafka.stop();
    await startRelay('relay-a');
    await appendCommits(COMMITS, 0);
    expect((await store.unpublished(COMMITS + 1)).length).toBe(COMMITS);
    await kafka.start();
    await waitUntil(
      () => store.unpublished(1),
      (left) => left.length === 0,
      { timeoutMs: 90_000, what: 'relay to drain' },
    );

    consumer = await startConsumer();
    await waitUntil(
      () => effects().countDocuments(),
      (n) => n >= COMMITS,
      { timeoutMs: 60_000, what: 'consumer' },
    );

    expect(new Set(deliveries.map((e) => e.eventId)).size).toBe(COMMITS);
    for (let s = 0; s < STREAMS; s++) {
      const revisions = deliveries.filter((e) => e.streamId === `stream-${s}`).map((e) => e.revision);
      expect(revisions).toEqual(Array.from({ length: COMMITS / STREAMS }, (_, i) => i + 1));
    }
  }, 240_000);

  it('applies each event once when a relay republishes after dying between publish and mark', async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
    await appendCommits(100, COMMITS);
    const before = deliveries.length;
    await startRelay('relay-b', crashingOnFirstMark(store));
    await waitUntil(
      () => store.unpublished(1),
      (left) => left.length === 0,
      { timeoutMs: 60_000, what: 'republish' },
    );
    await waitUntil(
      () => effects().countDocuments(),
      (n) => n >= COMMITS + 100,
      { timeoutMs: 60_000, what: 'consumer' },
    );
    await waitUntil(
      () => deliveries.length - before,
      (n) => n >= 200,
      { timeoutMs: 30_000, what: 'the copies' },
    );

    const applied = await effects().find().toArray();
    expect(applied).toHaveLength(COMMITS + 100);
    expect(new Set(applied.map((e) => e.eventId)).size).toBe(COMMITS + 100);
  }, 180_000);
});
