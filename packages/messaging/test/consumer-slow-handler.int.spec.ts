import { waitUntil } from '@tianfu/testing';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKafkaPublisher,
  type KafkaAdmin,
  type KafkaClient,
  type RunningConsumer,
  runConsumer,
} from '../src/index.ts';
import { createTestTopic, deleteTestTopics, envelope, quietLogger, testKafka } from './fixtures.ts';

// The broker's smallest session timeout; the handler takes longer than it.
const SESSION_TIMEOUT_MS = 6_000;
const HANDLER_MS = 9_000;

describe('consumer runner: a handler slower than the session timeout', () => {
  let kafka: KafkaClient;
  let admin: KafkaAdmin;
  let topic: string;
  let consumer: RunningConsumer | undefined;

  beforeAll(async () => {
    kafka = testKafka();
    admin = kafka.admin();
    await admin.connect();
    topic = await createTestTopic(admin, 'slow_handler', 1);
  });

  afterAll(async () => {
    await consumer?.stop();
    await deleteTestTopics(admin, [topic]);
    await admin.disconnect();
  });

  it('keeps the group, commits the offset and handles the message once', async () => {
    const publisher = createKafkaPublisher({ kafka, topic });
    await publisher.publish([envelope('worker-1', { n: 1 })]);
    await publisher.disconnect();
    let calls = 0;
    const groupId = `${topic}-group`;
    consumer = await runConsumer({
      kafka,
      groupId,
      topics: [topic],
      handle: async () => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, HANDLER_MS));
      },
      retry: { maxRetries: 0, initialBackoffMs: 10, maxBackoffMs: 10 },
      logger: quietLogger,
      registry: new Registry(),
      sessionTimeoutMs: SESSION_TIMEOUT_MS,
      maxWaitTimeMs: 100,
    });
    const committed = async () => {
      const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
      return Number(offsets?.partitions[0]?.offset ?? -1);
    };
    await waitUntil(committed, (offset) => offset === 1, {
      what: 'the slow message committed',
      timeoutMs: 45_000,
      intervalMs: 500,
    });
    expect(calls).toBe(1);
  }, 60_000);
});
