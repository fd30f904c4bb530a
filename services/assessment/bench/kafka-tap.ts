import type { Kafka } from 'kafkajs';

export interface KafkaTap {
  /** Resolves when `count` messages matching have arrived (after the tap started). */
  waitFor(count: number): Promise<void>;
  stop(): Promise<void>;
}

/** Reads a topic from its current end, counting the messages `matches` accepts. */
export async function tapTopic(kafka: Kafka, topic: string, matches: (value: string) => boolean): Promise<KafkaTap> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `bench-${Date.now()}-${Math.random()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: false });
  let seen = 0;
  let wanted = Number.POSITIVE_INFINITY;
  let done: () => void = () => {};
  const reached = new Promise<void>((resolve) => {
    done = resolve;
  });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      for (const message of batch.messages) if (matches(message.value?.toString() ?? '')) seen += 1;
      if (seen >= wanted) done();
    },
  });
  for (const { partition, offset } of ends) consumer.seek({ topic, partition, offset });
  return {
    waitFor: (count) => {
      wanted = count;
      if (seen >= wanted) done();
      return reached;
    },
    stop: () => consumer.disconnect(),
  };
}
