import { uniqueName, waitUntil } from '@tianfu/testing';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKafkaPublisher,
  type KafkaAdmin,
  type KafkaClient,
  type RunningConsumer,
  runConsumer,
} from '../src/index.ts';
import { createTestTopic, deferred, deleteTestTopics, envelope, quietLogger, testKafka } from './fixtures.ts';

describe('consumer runner: lag gauge', () => {
  let kafka: KafkaClient;
  let admin: KafkaAdmin;
  let topic: string;
  const groupId = uniqueName('lag');
  const registry = new Registry();

  const lagValues = async () => {
    const metric = await registry.getSingleMetric('tianfu_consumer_lag')?.get();
    return (metric?.values ?? []).filter((v) => v.labels.group === groupId && v.labels.topic === topic);
  };

  beforeAll(async () => {
    kafka = testKafka();
    admin = kafka.admin();
    await admin.connect();
    topic = await createTestTopic(admin, 'lag', 3);
  });

  afterAll(async () => {
    await admin.deleteGroups([groupId]);
    await deleteTestTopics(admin, [topic]);
    await admin.disconnect();
  });

  it('reports high watermark minus next offset per partition, down to 0 when caught up', async () => {
    const events = Array.from({ length: 20 }, (_, i) => envelope('worker-1', { i }));
    const more = Array.from({ length: 6 }, (_, i) => envelope(`worker-${2 + i}`, { i }));
    const publisher = createKafkaPublisher({ kafka, topic });
    await publisher.connect();
    await publisher.publish([...events, ...more]);
    await publisher.disconnect();
    const gate = deferred();
    let handled = 0;
    const consumer: RunningConsumer = await runConsumer({
      kafka,
      groupId,
      topics: [topic],
      handle: async () => {
        await gate.promise;
        handled++;
      },
      retry: { maxRetries: 0, initialBackoffMs: 10, maxBackoffMs: 10 },
      logger: quietLogger,
      registry,
      maxWaitTimeMs: 100,
    });

    const held = await waitUntil(lagValues, (vs) => vs.some((v) => v.value > 0), { what: 'a lag above 0' });
    expect(Math.max(...held.map((v) => v.value))).toBeGreaterThan(0);
    gate.resolve();
    await waitUntil(
      () => handled,
      (n) => n === events.length + more.length,
      { what: 'every event handled' },
    );
    const caughtUp = await waitUntil(lagValues, (vs) => vs.length === 3 && vs.every((v) => v.value === 0), {
      what: 'lag 0 on all three partitions',
    });
    expect(caughtUp.map((v) => v.labels.partition).sort()).toEqual(['0', '1', '2']);
    await consumer.stop();
    expect(await lagValues()).toEqual([]);
  });
});
