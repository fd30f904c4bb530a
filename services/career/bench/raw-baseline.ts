import type { KafkaClient } from '@tianfu/messaging';
import type { Collection, Document } from 'mongodb';

const WRITE_BATCH = 1_000;
const WRITES_IN_FLIGHT = 4;

/**
 * The raw baseline: a fresh group reads every topic from offset 0 (the rebuild's fetch sizes) and
 * each message becomes one document, its envelope as is, bulk-inserted 1,000 at a time with four
 * writes in flight. No parsing beyond JSON, no projection, no summaries. Resolves to the
 * milliseconds from the first fetch to the last acknowledged write of `expected` documents.
 */
export async function rawBaseline(
  kafka: KafkaClient,
  groupId: string,
  topics: readonly string[],
  target: Collection<Document>,
  expected: number,
): Promise<number> {
  const inFlight = new Set<Promise<unknown>>();
  let written = 0;
  let finished: (error?: unknown) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    finished = (error) => (error === undefined ? resolve() : reject(error));
  });
  const write = async (docs: Document[]) => {
    const insert = target.insertMany(docs, { ordered: false }).then(() => {
      inFlight.delete(insert);
      written += docs.length;
      if (written >= expected) finished();
    }, finished);
    inFlight.add(insert);
    if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
  };
  const started = performance.now();
  const consumer = await kafka.consume({
    groupId,
    topics,
    fromBeginning: true,
    maxBytesPerPartition: 4 * 1024 * 1024,
    maxBytes: 32 * 1024 * 1024,
    maxWaitTimeMs: 250,
    autoCommitIntervalMs: false,
    eachBatch: async (batch) => {
      const docs = batch.messages.map((m) => {
        const envelope = JSON.parse(m.value?.toString('utf8') ?? 'null') as { eventId: string };
        return { ...envelope, _id: envelope.eventId };
      });
      for (let i = 0; i < docs.length; i += WRITE_BATCH) await write(docs.slice(i, i + WRITE_BATCH));
      batch.resolveOffset(batch.lastOffset);
    },
  });
  try {
    await done;
    return performance.now() - started;
  } finally {
    await consumer.stop();
  }
}
