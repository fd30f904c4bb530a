import { randomUUID } from 'node:crypto';
import { type ConsumedMessage, eachMessage, type KafkaAdmin, type KafkaClient } from '@tianfu/messaging';
import type { PiiFinder } from './pii-finder.ts';
import type { Hit, PlaceScan } from './scan-report.ts';

/** The platform's topics and their dead letters: every topic whose name starts so. */
export const platformTopicPrefix = 'tianfu.';

const idleLimitMs = 30_000;

/** partition key → the offset after the last message, for each partition that holds any. */
async function endOffsets(admin: KafkaAdmin, topics: readonly string[]): Promise<Map<string, number>> {
  const ends = new Map<string, number>();
  for (const topic of topics) {
    for (const p of await admin.fetchTopicOffsets(topic)) {
      if (Number(p.high) > Number(p.low)) ends.set(`${topic}/${p.partition}`, Number(p.high));
    }
  }
  return ends;
}

function messageHits(finder: PiiFinder, where: string, message: ConsumedMessage): Hit[] {
  const fields: [string, Buffer | string | null | undefined][] = [
    ['key', message.key],
    ['value', message.value],
    ...Object.entries(message.headers).map(([name, v]): [string, string] => [`header ${name}`, v]),
  ];
  return fields.flatMap(([field, raw]) =>
    raw == null
      ? []
      : finder.find(raw.toString()).map((finding): Hit => ({ place: 'kafka', where: `${where} ${field}`, finding })),
  );
}

/**
 * Reads every message of `topics` (default: every `tianfu.*` topic) from its first offset in a
 * consumer group of its own, deleted afterwards, so no service's group moves.
 */
export async function scanKafka(kafka: KafkaClient, finder: PiiFinder, only?: readonly string[]): Promise<PlaceScan> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = only ?? (await admin.listTopics()).filter((t) => t.startsWith(platformTopicPrefix)).sort();
    const ends = await endOffsets(admin, topics);
    const hits: Hit[] = [];
    let messages = 0;
    if (ends.size > 0) {
      const groupId = `pii-scan-${randomUUID()}`;
      await readUntil(kafka, groupId, topics, ends, (topic, partition, message) => {
        messages += 1;
        hits.push(...messageHits(finder, `${topic}/${partition}@${message.offset}`, message));
      });
      await admin.deleteGroups([groupId]).catch(() => undefined);
    }
    return { place: 'kafka', scanned: `${topics.length} topics (${topics.join(', ')}), ${messages} messages`, hits };
  } finally {
    await admin.disconnect();
  }
}

type OnMessage = (topic: string, partition: number, message: ConsumedMessage) => void;

async function readUntil(
  kafka: KafkaClient,
  groupId: string,
  topics: readonly string[],
  ends: Map<string, number>,
  on: OnMessage,
) {
  let settle: (error?: unknown) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve() : reject(error));
  });
  let idle = setTimeout(() => settle(stalled(ends)), idleLimitMs * 2);
  const consumer = await kafka
    .consume({
      groupId,
      topics,
      fromBeginning: true,
      autoCommitIntervalMs: false,
      eachBatch: eachMessage((topic, partition, message) => {
        clearTimeout(idle);
        idle = setTimeout(() => settle(stalled(ends)), idleLimitMs);
        on(topic, partition, message);
        const key = `${topic}/${partition}`;
        if (Number(message.offset) + 1 >= (ends.get(key) ?? Number.POSITIVE_INFINITY)) ends.delete(key);
        if (ends.size === 0) {
          clearTimeout(idle);
          settle();
        }
      }),
    })
    .catch((error: unknown) => {
      clearTimeout(idle);
      throw error;
    });
  try {
    await done;
  } finally {
    clearTimeout(idle);
    await consumer.stop();
  }
}

const stalled = (ends: Map<string, number>) =>
  new Error(`pii-scan: no message for ${idleLimitMs / 1000} s before the end of ${[...ends.keys()].join(', ')}`);
