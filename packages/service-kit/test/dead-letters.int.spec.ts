import { randomBytes, randomUUID } from 'node:crypto';
import { deadLetterTopic, type EventEnvelope, Topics } from '@tianfu/contracts';
import { postCommitWrites } from '@tianfu/eventstore';
import {
  createKafkaPublisher,
  DEAD_LETTERS_COLLECTION,
  type DeadLetterRecord,
  ensureTopics,
  readDeadLetters,
} from '@tianfu/messaging';
import { captureLogs, testBrokers, testKafka, uniqueName, waitUntil } from '@tianfu/testing';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createServiceApp, serviceConfigSchema, signToken } from '../src/index.ts';
import { connectService } from '../src/service-runtime.ts';

const prefix = `dlq-start-${randomBytes(4).toString('hex')}.`;
const topic = `${prefix}${Topics.talent}`;
const ownTopic = `${prefix}${Topics.competition}`;
const database = uniqueName('dlq_start');
const SECRET = 'dead-letters-test-secret-at-least-32-characters';
const config = serviceConfigSchema({ name: 'dlq-start', database, port: 4999 }).parse({
  KAFKA_BROKERS: testBrokers().join(','),
  MONGO_URL: inject('mongoUrl'),
  KAFKA_TOPIC_PREFIX: prefix,
  AUTH_JWT_SECRET: SECRET,
  LOG_LEVEL: 'warn',
});
const admin = testKafka('dlq-start-admin').admin();
const mongo = new MongoClient(inject('mongoUrl'));

afterAll(async () => {
  const topics = [topic, ownTopic].flatMap((t) => [t, deadLetterTopic(t)]);
  await admin.deleteTopics({ topics }).catch(() => undefined);
  await admin.disconnect();
  await mongo.db(database).dropDatabase();
  await mongo.close();
});

const event = (what: string): EventEnvelope => {
  const now = new Date().toISOString();
  const eventId = randomUUID();
  return {
    eventId,
    type: 'testing.Happened',
    schemaVersion: 1,
    streamId: `stream-${eventId}`,
    revision: 1,
    occurredAt: now,
    recordedAt: now,
    actor: { kind: 'system', id: 'dlq-start' },
    correlationId: eventId,
    causationId: null,
    workerId: null,
    data: { what },
  };
};

describe('a service whose consumer group has dead letters waiting (service-runtime.ts)', () => {
  it('its read-models group writes what a command could not, and dead-letters what keeps failing', async () => {
    await ensureTopics(admin, [ownTopic, deadLetterTopic(ownTopic)], { partitions: 1, retentionMs: -1 });
    const good = event('a body registered');
    const poison = event('a body its read model cannot store');
    const written: string[] = [];
    const writes = postCommitWrites({
      logger: { warn: () => {} },
      async write(events) {
        if (events.some((e) => e.eventId === poison.eventId)) throw new Error('unsupported Unicode escape sequence');
        written.push(...events.map((e) => e.eventId));
      },
    });
    const service = await connectService(config, () => new Date());
    const app = await createServiceApp('dlq-start', {
      ...service.appDeps('test'),
      logDestination: captureLogs().destination,
    });
    try {
      await service.repairReadModels(Topics.competition, writes, app);
      const publisher = createKafkaPublisher({
        kafka: testKafka('dlq-start-publisher'),
        topic: ownTopic,
      });
      await publisher.connect();
      await publisher.publish([poison, good]);
      await publisher.disconnect();
      await waitUntil(
        async () => written,
        (ids) => ids.includes(good.eventId),
        { timeoutMs: 60_000, what: 'the event after the poison repaired' },
      );
      const letters = await readDeadLetters(testKafka('dlq-start-reader'), deadLetterTopic(ownTopic));
      expect(letters).toMatchObject([{ group: 'dlq-start-read-models', eventId: poison.eventId }]);
    } finally {
      await app.close();
      await service.close();
    }
  });

  it('logs them as an error at start and reports them as tianfu_dlq_messages on /metrics', async () => {
    await admin.connect();
    await ensureTopics(admin, [topic, deadLetterTopic(topic)], { partitions: 1, retentionMs: -1 });
    const group = 'dlq-start-honours';
    const letter: DeadLetterRecord = {
      _id: `${group}:an-event`,
      group,
      topic,
      eventId: 'an-event',
      errorCode: 'EVENT_ENVELOPE_INVALID',
      error: 'no data',
      at: new Date(),
      resolvedAt: null,
    };
    await mongo.db(database).collection<DeadLetterRecord>(DEAD_LETTERS_COLLECTION).insertOne(letter);

    const service = await connectService(config, () => new Date());
    const logs = captureLogs();
    const app = await createServiceApp('dlq-start', { ...service.appDeps('test'), logDestination: logs.destination });
    try {
      await service.consume('honours', [Topics.talent], async () => {}, app);
      const errors = logs.lines.map((line) => JSON.parse(line)).filter((line) => line.level >= 50);
      expect(errors).toContainEqual(expect.objectContaining({ groupId: group, deadLetters: { [topic]: 1 } }));
      const principal = { sub: 'monitoring', role: 'ops' } as const;
      const token = await signToken({ secret: SECRET, principal, now: () => new Date() });
      const metrics = await app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(metrics.body).toContain(`tianfu_dlq_messages{group="${group}",topic="${topic}"} 1`);
    } finally {
      await app.close();
      await service.close();
    }
  });
});
