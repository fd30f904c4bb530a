import { randomUUID } from 'node:crypto';
import { deadLetterTopic, type EventEnvelope } from '@tianfu/contracts';
import { uniqueName, waitUntil } from '@tianfu/testing';
import { inject } from 'vitest';
import {
  type ConsumedMessage,
  eachMessage,
  ensureTopics,
  type KafkaAdmin,
  type KafkaClient,
  type KafkaClientName,
  kafkaClient,
  kafkaClientNamed,
  type MessagingLogger,
} from '../src/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    kafkaBrokers: string;
    mongoUrl: string;
  }
}

/** A client of the adapter named, else of `KAFKA_CLIENT` (kafkajs by default), so the whole suite runs on either. */
export const testKafka = (client: KafkaClientName = kafkaClientNamed(process.env.KAFKA_CLIENT)): KafkaClient =>
  kafkaClient(inject('kafkaBrokers').split(','), uniqueName('messaging_test'), client);

/** A fresh topic and its dead-letter topic; returns the topic. */
export async function createTestTopic(admin: KafkaAdmin, prefix: string, partitions = 4): Promise<string> {
  const topic = uniqueName(prefix);
  await ensureTopics(admin, [topic, deadLetterTopic(topic)], { partitions, retentionMs: -1 });
  return topic;
}

export async function deleteTestTopics(admin: KafkaAdmin, topics: readonly string[]): Promise<void> {
  await admin.deleteTopics({ topics: topics.flatMap((t) => [t, deadLetterTopic(t)]) });
}

export function envelope(key: string, data: unknown, eventId: string = randomUUID()): EventEnvelope {
  const now = new Date().toISOString();
  return {
    eventId,
    type: 'testing.Happened',
    schemaVersion: 1,
    streamId: `stream-${key}`,
    revision: 1,
    occurredAt: now,
    recordedAt: now,
    actor: { kind: 'system', id: 'messaging-test' },
    correlationId: `corr-${eventId}`,
    causationId: null,
    workerId: key,
    data,
  };
}

/** Reads a topic from the start with a throwaway group, deleted afterwards. */
export async function readMessages(kafka: KafkaClient, topic: string, count: number): Promise<ConsumedMessage[]> {
  const groupId = uniqueName('reader');
  const seen: ConsumedMessage[] = [];
  const consumer = await kafka.consume({
    groupId,
    topics: [topic],
    fromBeginning: true,
    maxWaitTimeMs: 100,
    autoCommitIntervalMs: false,
    eachBatch: eachMessage((_, __, message) => void seen.push(message)),
  });
  try {
    await waitUntil(
      () => seen.length,
      (n) => n >= count,
      { timeoutMs: 20_000, what: `${count} messages on ${topic}` },
    );
    return seen;
  } finally {
    await consumer.stop();
    await deleteGroup(kafka, groupId);
  }
}

async function deleteGroup(kafka: KafkaClient, groupId: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteGroups([groupId]);
  } finally {
    await admin.disconnect();
  }
}

export const header = (message: ConsumedMessage, name: string): string | undefined => message.headers[name];

export const quietLogger: MessagingLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A promise with its resolver outside, for gates and "reached this point" signals. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  const box: { resolve?: () => void } = {};
  const promise = new Promise<void>((r) => {
    box.resolve = r;
  });
  return { promise, resolve: () => box.resolve?.() };
}

/**
 * Sets the group's committed offsets back to 0, as if its last consumer had crashed before
 * committing. Like admin.setOffsets, but without waiting for the group to empty (kafkajs waits out a 5 s idle fetch).
 */
export async function rewindGroup(
  kafka: KafkaClient,
  groupId: string,
  topic: string,
  partitions: number,
): Promise<void> {
  const joined = deferred();
  const consumer = await kafka.consume({
    groupId,
    topics: [topic],
    fromBeginning: false,
    maxWaitTimeMs: 100,
    autoCommitIntervalMs: false,
    eachBatch: async () => undefined,
    onJoin: () => joined.resolve(),
  });
  try {
    consumer.pause([{ topic }]);
    await joined.promise;
    await consumer.commitOffsets(
      Array.from({ length: partitions }, (_, partition) => ({ topic, partition, offset: '0' })),
    );
  } finally {
    await consumer.stop();
  }
}
