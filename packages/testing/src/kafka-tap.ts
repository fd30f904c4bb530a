import type { KafkaClient } from '@tianfu/messaging';

export interface KafkaTap {
  /** Resolves when `count` messages matching have arrived (after the tap started). */
  waitFor(count: number): Promise<void>;
  stop(): Promise<void>;
}

/** Reads a topic from its current end, counting the messages `matches` accepts: a bench's end-to-end mark. */
export async function tapTopic(
  kafka: KafkaClient,
  topic: string,
  matches: (value: string) => boolean,
): Promise<KafkaTap> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic)).map(({ partition, high }) => [partition, BigInt(high)]));
  await admin.disconnect();
  let seen = 0;
  let wanted = Number.POSITIVE_INFINITY;
  let done: () => void = () => {};
  const reached = new Promise<void>((resolve) => {
    done = resolve;
  });
  // From the start, skipping what was there when the tap began: a group starting at the end could miss a message sent meanwhile.
  const consumer = await kafka.consume({
    groupId: `bench-${Date.now()}-${Math.random()}`,
    topics: [topic],
    fromBeginning: true,
    autoCommitIntervalMs: false,
    eachBatch: async (batch) => {
      const from = ends.get(batch.partition) ?? 0n;
      for (const message of batch.messages)
        if (BigInt(message.offset) >= from && matches(message.value?.toString() ?? '')) seen += 1;
      batch.resolveOffset(batch.lastOffset);
      if (seen >= wanted) done();
    },
  });
  return {
    waitFor: (count) => {
      wanted = count;
      if (seen >= wanted) done();
      return reached;
    },
    stop: () => consumer.stop(),
  };
}
