import { randomBytes } from 'node:crypto';
import { deadLetterTopic, Topics } from '@tianfu/contracts';
import { DEAD_LETTERS_COLLECTION, type DeadLetterRecord, ensureTopics, kafkaClient } from '@tianfu/messaging';
import { captureLogs, testBrokers, uniqueName } from '@tianfu/testing';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createServiceApp, serviceConfigSchema } from '../src/index.ts';
import { connectService } from '../src/service-runtime.ts';

const prefix = `dlq-start-${randomBytes(4).toString('hex')}.`;
const topic = `${prefix}${Topics.talent}`;
const database = uniqueName('dlq_start');
const config = serviceConfigSchema({ name: 'dlq-start', database, port: 4999 }).parse({
  KAFKA_BROKERS: testBrokers().join(','),
  MONGO_URL: inject('mongoUrl'),
  KAFKA_TOPIC_PREFIX: prefix,
  AUTH_JWT_SECRET: 'dead-letters-test-secret-at-least-32-characters',
  LOG_LEVEL: 'warn',
});
const admin = kafkaClient(testBrokers(), 'dlq-start-admin').admin();
const mongo = new MongoClient(inject('mongoUrl'));

afterAll(async () => {
  await admin.deleteTopics({ topics: [topic, deadLetterTopic(topic)] }).catch(() => undefined);
  await admin.disconnect();
  await mongo.db(database).dropDatabase();
  await mongo.close();
});

describe('a service whose consumer group has dead letters waiting (service-runtime.ts)', () => {
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
      const metrics = await app.inject({ method: 'GET', url: '/metrics' });
      expect(metrics.body).toContain(`tianfu_dlq_messages{group="${group}",topic="${topic}"} 1`);
    } finally {
      await app.close();
      await service.close();
    }
  });
});
