import { randomUUID } from 'node:crypto';
import { DeadLetterHeaders, headerText } from './dead-letter.ts';
import { EnvelopeHeaders } from './envelope-codec.ts';
import { eachMessage } from './port/each-message.ts';
import type { KafkaClient } from './port/kafka-client.ts';
import type { ConsumedMessage, MessageHeaders } from './port/messages.ts';

/** A message on a dead-letter topic, as `pnpm dlq` lists it. */
export interface StoredDeadLetter {
  /** `<dlq topic>/<partition>/<offset>`: what `pnpm dlq replay` takes. */
  readonly id: string;
  /** The topic it came from, which a replay puts it back on. */
  readonly topic: string;
  readonly group: string;
  readonly eventId: string | null;
  readonly type: string | null;
  readonly errorCode: string | null;
  readonly error: string;
  readonly failedAt: string | null;
  /** When a replay failed again: the dead letter it replayed. */
  readonly replayOf: string | null;
  readonly message: ConsumedMessage;
}

const stored = (dlqTopic: string, partition: number, message: ConsumedMessage): StoredDeadLetter => {
  const header = (name: string) => headerText(message.headers, name) ?? null;
  return {
    id: `${dlqTopic}/${partition}/${message.offset}`,
    topic: header(DeadLetterHeaders.topic) ?? dlqTopic.replace(/\.dlq$/, ''),
    group: header(DeadLetterHeaders.group) ?? '',
    eventId: header(EnvelopeHeaders.eventId),
    type: header(EnvelopeHeaders.type),
    errorCode: header(DeadLetterHeaders.errorCode),
    error: header(DeadLetterHeaders.errorMessage) ?? '',
    failedAt: header(DeadLetterHeaders.failedAt),
    replayOf: header(DeadLetterHeaders.replayOf),
    message,
  };
};

/** How long reading a dead-letter topic to its end may take. */
const READ_TIMEOUT_MS = 60_000;

/** Every message on a dead-letter topic, oldest first per partition; reads with a throwaway group. */
export async function readDeadLetters(kafka: KafkaClient, dlqTopic: string): Promise<StoredDeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(dlqTopic);
    const ends = new Map(offsets.filter((o) => o.high !== o.low).map((o) => [o.partition, BigInt(o.high)]));
    if (ends.size === 0) return [];
    const groupId = `tianfu-dlq-reader-${randomUUID()}`;
    try {
      return await readUpTo(kafka, groupId, dlqTopic, ends);
    } finally {
      await admin.deleteGroups([groupId]).catch(() => undefined);
    }
  } finally {
    await admin.disconnect();
  }
}

async function readUpTo(kafka: KafkaClient, groupId: string, topic: string, ends: Map<number, bigint>) {
  const letters: StoredDeadLetter[] = [];
  let settle: (error?: unknown) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${topic} was not read to its end in 60 s`)), READ_TIMEOUT_MS);
    settle = (error) => {
      clearTimeout(timer);
      if (error === undefined) resolve();
      else reject(error);
    };
  });
  const consumer = await kafka
    .consume({
      groupId,
      topics: [topic],
      fromBeginning: true,
      maxWaitTimeMs: 200,
      autoCommitIntervalMs: false,
      eachBatch: eachMessage((_, partition, message) => {
        const end = ends.get(partition);
        if (end === undefined || BigInt(message.offset) >= end) return;
        letters.push(stored(topic, partition, message));
        if (BigInt(message.offset) + 1n === end) ends.delete(partition);
        if (ends.size === 0) settle();
      }),
      onCrash: (error, restarting) => {
        if (!restarting) settle(error);
      },
    })
    .catch((error: unknown) => {
      settle();
      throw error;
    });
  try {
    await done;
  } finally {
    await consumer.stop();
  }
  return letters.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** The original headers without the dead letter's, and the group the replay is for. */
function replayHeaders(letter: StoredDeadLetter): MessageHeaders {
  const dlqHeaders = new Set<string>(Object.values(DeadLetterHeaders));
  const kept = Object.entries(letter.message.headers).filter(([name]) => !dlqHeaders.has(name));
  return {
    ...Object.fromEntries(kept),
    [DeadLetterHeaders.replayGroup]: letter.group,
    [DeadLetterHeaders.replayOf]: letter.id,
  };
}

/**
 * Puts each dead letter back on its topic, by the same key (so on the same partition), for the
 * group that dead-lettered it alone. Replaying twice applies nothing twice: the group marks each
 * event it handled (processed-events.ts) and skips it the second time.
 */
export async function replayDeadLetters(kafka: KafkaClient, letters: readonly StoredDeadLetter[]): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  try {
    for (const letter of letters) {
      const { key, value } = letter.message;
      await producer.send(letter.topic, [{ key, value, headers: replayHeaders(letter) }]);
    }
  } finally {
    await producer.disconnect();
  }
}
