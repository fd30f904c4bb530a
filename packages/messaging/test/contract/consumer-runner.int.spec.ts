import { deadLetterTopic, type EventEnvelope } from '@tianfu/contracts';
import { waitUntil } from '@tianfu/testing';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKafkaPublisher,
  DeadLetterHeaders,
  KAFKA_CLIENTS,
  type RunningConsumer,
  readDeadLetters,
  runConsumer,
} from '../../src/index.ts';
import { envelope, quietLogger } from '../fixtures.ts';
import { type ContractClient, contractClient } from './contract-client.ts';

const retry = { maxRetries: 2, initialBackoffMs: 10, maxBackoffMs: 20 };

describe.each(KAFKA_CLIENTS)('messaging contract, %s: the consumer runner', (name) => {
  let client: ContractClient;
  const running: RunningConsumer[] = [];

  beforeAll(async () => {
    client = contractClient(name);
    await client.setUp();
  });
  afterAll(async () => {
    await Promise.all(running.map((c) => c.stop()));
    await client.tearDown();
  });

  const publish = async (topic: string, events: readonly EventEnvelope[]) => {
    const publisher = createKafkaPublisher({ kafka: client.kafka, topic });
    await publisher.connect();
    await publisher.publish(events);
    await publisher.disconnect();
  };

  const run = async (groupId: string, topic: string, handle: (event: EventEnvelope) => Promise<void>) => {
    const consumer = await runConsumer({
      kafka: client.kafka,
      groupId,
      topics: [topic],
      handle,
      retry,
      logger: quietLogger,
      registry: new Registry(),
      partitionsConsumedConcurrently: 2,
      maxWaitTimeMs: 100,
    });
    running.push(consumer);
    return consumer;
  };

  it('handles each key in order, dead-letters what keeps failing once, and goes on past it', async () => {
    const topic = await client.topic('runner');
    const events = Array.from({ length: 40 }, (_, i) => envelope(`worker-${i % 4}`, { seq: Math.floor(i / 4) }));
    const poison = events[9] as EventEnvelope;
    await publish(topic, events);
    const handled: EventEnvelope[] = [];
    await run(client.group('runner'), topic, async (event) => {
      if (event.eventId === poison.eventId) throw new Error('refused for the contract');
      handled.push(event);
    });
    await waitUntil(
      () => handled.length,
      (n) => n >= 39,
      { what: '39 handled events' },
    );
    for (const key of ['worker-0', 'worker-1', 'worker-2', 'worker-3']) {
      const seqs = handled.filter((e) => e.workerId === key).map((e) => (e.data as { seq: number }).seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }
    const letters = await waitUntil(
      () => readDeadLetters(client.kafka, deadLetterTopic(topic)),
      (found) => found.length >= 1,
      { what: 'the dead letter' },
    );
    expect(letters).toMatchObject([{ topic, eventId: poison.eventId, error: 'refused for the contract' }]);
    expect(letters[0]?.message.headers[DeadLetterHeaders.attempts]).toBe(String(retry.maxRetries + 1));
  });

  it('starts a restarted group after what it handled, committed when it stopped', async () => {
    const topic = await client.topic('restart', 2);
    const groupId = client.group('restart');
    await publish(topic, [envelope('w-a', { n: 1 }), envelope('w-b', { n: 2 })]);
    const seen: string[] = [];
    const first = await run(groupId, topic, async (event) => void seen.push(event.eventId));
    await waitUntil(
      () => seen.length,
      (n) => n >= 2,
      { what: 'the first two' },
    );
    await first.stop();
    const later = envelope('w-a', { n: 3 });
    await publish(topic, [later]);
    const after: string[] = [];
    await run(groupId, topic, async (event) => void after.push(event.eventId));
    await waitUntil(
      () => after.length,
      (n) => n >= 1,
      { what: 'the later event' },
    );
    expect(after).toEqual([later.eventId]);
  });
});
