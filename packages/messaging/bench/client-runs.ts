import type { EventEnvelope } from '@tianfu/contracts';
import { uniqueName } from '@tianfu/testing';
import { createKafkaPublisher, type KafkaClient, parseEnvelope } from '../src/index.ts';

export interface RunFigures {
  readonly perSecond: number;
  /** The 99th percentile of the batch latencies, in ms. */
  readonly p99Ms: number;
}

const p99 = (samples: readonly number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
};

/** Relay-like: the outbox publisher sends the events in batches, one after another; latency per batch. */
export async function produceRun(
  kafka: KafkaClient,
  topic: string,
  events: readonly EventEnvelope[],
  batch: number,
): Promise<RunFigures> {
  const publisher = createKafkaPublisher({ kafka, topic });
  await publisher.connect();
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < events.length; i += batch) {
    const sent = performance.now();
    await publisher.publish(events.slice(i, i + batch));
    latencies.push(performance.now() - sent);
  }
  const ms = performance.now() - started;
  await publisher.disconnect();
  return { perSecond: (events.length * 1000) / ms, p99Ms: p99(latencies) };
}

/**
 * Projection-like: a new group reads the topic from offset 0 and parses every envelope, resolving
 * and committing as the consumer runner does; latency per batch is the wait from one batch handed
 * over to the next (fetching and decoding, the client's share).
 */
export async function consumeRun(kafka: KafkaClient, topic: string, count: number): Promise<RunFigures> {
  const waits: number[] = [];
  let seen = 0;
  let last = performance.now();
  let finished: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finished = resolve;
  });
  const started = performance.now();
  const consumer = await kafka.consume({
    groupId: uniqueName('bench-consume'),
    topics: [topic],
    fromBeginning: true,
    autoCommitIntervalMs: 1000,
    partitionsConsumedConcurrently: 3,
    eachBatch: async (batch) => {
      waits.push(performance.now() - last);
      for (const message of batch.messages) {
        if (!parseEnvelope(message.value).ok) throw new Error(`not an envelope at ${message.offset}`);
        batch.resolveOffset(message.offset);
      }
      await batch.commitIfNecessary();
      seen += batch.messages.length;
      last = performance.now();
      if (seen >= count) finished();
    },
  });
  await done;
  const ms = performance.now() - started;
  await consumer.stop();
  return { perSecond: (count * 1000) / ms, p99Ms: p99(waits) };
}
