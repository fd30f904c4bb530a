import { deadLetterTopic, type EventEnvelope } from '@tianfu/contracts';
import { uniqueName, waitUntil } from '@tianfu/testing';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConsumerOptions,
  createKafkaPublisher,
  DeadLetterHeaders,
  errorCode,
  type KafkaAdmin,
  type KafkaClient,
  type RunningConsumer,
  runConsumer,
} from '../src/index.ts';
import {
  createTestTopic,
  deleteTestTopics,
  envelope,
  header,
  quietLogger,
  readMessages,
  testKafka,
} from './fixtures.ts';

const retry = { maxRetries: 3, initialBackoffMs: 10, maxBackoffMs: 40 };

describe('consumer runner: dead letters', () => {
  let kafka: KafkaClient;
  let admin: KafkaAdmin;
  const topics: string[] = [];
  const groups: string[] = [];
  const consumers: RunningConsumer[] = [];

  const start = async (topic: string, options: Pick<ConsumerOptions, 'handle'> & Partial<ConsumerOptions>) => {
    const groupId = uniqueName('dlq');
    groups.push(groupId);
    const common = { kafka, groupId, topics: [topic], retry, logger: quietLogger, registry: new Registry() };
    consumers.push(await runConsumer({ ...common, maxWaitTimeMs: 100, ...options }));
    return groupId;
  };

  const publish = async (topic: string, events: readonly EventEnvelope[]) => {
    const publisher = createKafkaPublisher({ kafka, topic });
    await publisher.connect();
    await publisher.publish(events);
    await publisher.disconnect();
  };

  beforeAll(async () => {
    kafka = testKafka();
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    await Promise.all(consumers.map((c) => c.stop()));
    await admin.deleteGroups(groups);
    await deleteTestTopics(admin, topics);
    await admin.disconnect();
  });

  it('retries a failing handler, dead-letters the message with its coordinates, and goes on', async () => {
    const topic = await createTestTopic(admin, 'dlq_handler');
    topics.push(topic);
    const poison = envelope('worker-1', { n: 2 });
    const events = [
      envelope('worker-1', { n: 1 }),
      poison,
      envelope('worker-1', { n: 3 }),
      envelope('worker-1', { n: 4 }),
    ];
    const attempts = new Map<string, number>();
    const handled: string[] = [];
    const handle = async ({ eventId }: EventEnvelope) => {
      attempts.set(eventId, (attempts.get(eventId) ?? 0) + 1);
      if (eventId === poison.eventId) {
        throw Object.assign(new Error('certificate office unreachable'), { code: 'UPSTREAM_DOWN' });
      }
      handled.push(eventId);
    };
    const groupId = await start(topic, { handle });
    await publish(topic, events);

    await waitUntil(
      () => handled.length,
      (n) => n === 3,
      { what: 'the other three events' },
    );
    expect(handled).toEqual(events.filter((e) => e !== poison).map((e) => e.eventId));
    expect(attempts.get(poison.eventId)).toBe(1 + retry.maxRetries);

    const [letter] = await readMessages(kafka, deadLetterTopic(topic), 1);
    if (!letter) throw new Error('readMessages returned no dead letter');
    expect(header(letter, DeadLetterHeaders.errorMessage)).toBe('certificate office unreachable');
    expect(header(letter, DeadLetterHeaders.errorCode)).toBe('UPSTREAM_DOWN');
    expect(header(letter, DeadLetterHeaders.topic)).toBe(topic);
    expect(header(letter, DeadLetterHeaders.offset)).toBe('1');
    expect(header(letter, DeadLetterHeaders.partition)).toMatch(/^\d+$/);
    expect(Number(header(letter, DeadLetterHeaders.timestamp))).toBeGreaterThan(0);
    expect(header(letter, DeadLetterHeaders.attempts)).toBe(String(1 + retry.maxRetries));
    expect(header(letter, DeadLetterHeaders.group)).toBe(groupId);
    expect(header(letter, 'eventId')).toBe(poison.eventId);
    expect(letter.key?.toString()).toBe('worker-1');
    expect(JSON.parse(letter.value?.toString() ?? '')).toEqual(poison);
  });

  it('dead-letters an error the caller calls permanent at its first failure', async () => {
    const topic = await createTestTopic(admin, 'dlq_permanent', 1);
    topics.push(topic);
    let attempts = 0;
    const handle = async () => {
      attempts++;
      throw Object.assign(new Error('no schema for testing.Happened v1'), { code: 'UNKNOWN_EVENT_TYPE' });
    };
    await start(topic, { handle, isPermanent: (error) => errorCode(error) === 'UNKNOWN_EVENT_TYPE' });
    await publish(topic, [envelope('worker-3', {})]);

    const [letter] = await readMessages(kafka, deadLetterTopic(topic), 1);
    if (!letter) throw new Error('readMessages returned no dead letter');
    expect(header(letter, DeadLetterHeaders.attempts)).toBe('1');
    expect(header(letter, DeadLetterHeaders.errorCode)).toBe('UNKNOWN_EVENT_TYPE');
    expect(attempts).toBe(1);
  });

  it('dead-letters a message that is not an envelope at once, without calling the handler', async () => {
    const topic = await createTestTopic(admin, 'dlq_malformed');
    topics.push(topic);
    const valid = envelope('worker-2', { ok: true });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send(topic, [
      { key: 'worker-2', value: 'not json at all' },
      { key: 'worker-2', value: JSON.stringify({ eventId: 'nope', hello: 'world' }) },
      { key: 'worker-2', value: JSON.stringify(valid) },
    ]);
    await producer.disconnect();
    const handled: string[] = [];
    // Backoffs this long would blow the wait below if a malformed message were retried.
    const slowRetry = { maxRetries: 5, initialBackoffMs: 5_000, maxBackoffMs: 5_000 };
    await start(topic, { handle: async ({ eventId }) => void handled.push(eventId), retry: slowRetry });

    await waitUntil(
      () => handled.length,
      (n) => n === 1,
      { timeoutMs: 4_000, what: 'the valid event' },
    );
    expect(handled).toEqual([valid.eventId]);
    const letters = await readMessages(kafka, deadLetterTopic(topic), 2);
    expect(letters.map((m) => header(m, DeadLetterHeaders.errorCode))).toEqual([
      'EVENT_ENVELOPE_INVALID',
      'EVENT_ENVELOPE_INVALID',
    ]);
    expect(letters.map((m) => header(m, DeadLetterHeaders.attempts))).toEqual(['0', '0']);
    const [notJson, notEnvelope] = letters.map((m) => header(m, DeadLetterHeaders.errorMessage));
    expect(notJson).toBe('message value is not JSON');
    expect(notEnvelope).toMatch(/eventId/);
    expect(letters.map((m) => m.value?.toString())[0]).toBe('not json at all');
  });
});
