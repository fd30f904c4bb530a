import type { KafkaAdmin } from '@tianfu/messaging';
import { type PartitionRange, rangeKey } from './partition-ranges.ts';

/** Every partition of `topics` with its low and high watermarks now. */
export async function captureRanges(admin: KafkaAdmin, topics: readonly string[]): Promise<PartitionRange[]> {
  const perTopic = await Promise.all(
    topics.map(async (topic) =>
      (await admin.fetchTopicOffsets(topic)).map(({ partition, low, high }) => ({
        topic,
        partition,
        low: Number(low),
        high: Number(high),
      })),
    ),
  );
  return perTopic.flat();
}

/** The group's committed next offsets, by `rangeKey`; partitions it never committed are absent. */
export async function committedOffsets(
  admin: KafkaAdmin,
  groupId: string,
  topics: readonly string[],
): Promise<Map<string, number>> {
  const committed = new Map<string, number>();
  for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics: [...topics] }))
    for (const { partition, offset } of partitions)
      if (Number(offset) >= 0) committed.set(rangeKey({ topic, partition }), Number(offset));
  return committed;
}
