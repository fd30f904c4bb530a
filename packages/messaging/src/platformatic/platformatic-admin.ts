import { Admin, type BaseOptions } from '@platformatic/kafka';
import type { KafkaAdmin } from '../port/admin.ts';
import { retriableErrors } from './platformatic-errors.ts';

const EARLIEST = -2n;
const LATEST = -1n;

export function platformaticAdmin(base: BaseOptions): KafkaAdmin {
  const admin = new Admin(base);
  const partitionsOf = async (topics: readonly string[]) => {
    const metadata = await admin.metadata({ topics: [...topics], forceUpdate: true });
    return topics.map((topic) => ({ topic, partitions: metadata.topics.get(topic)?.partitions ?? [] }));
  };
  const listed = async (topic: string, partitions: number, timestamp: bigint) => {
    const [found] = await admin.listOffsets({
      topics: [
        { name: topic, partitions: Array.from({ length: partitions }, (_, i) => ({ partitionIndex: i, timestamp })) },
      ],
    });
    return new Map((found?.partitions ?? []).map((p) => [p.partitionIndex, p.offset.toString()]));
  };
  const port: KafkaAdmin = {
    // Connections open on first use.
    connect: async () => undefined,
    disconnect: () => admin.close(),
    describeCluster: async () => ({ brokers: (await admin.metadata({ topics: [] })).brokers.size }),
    listTopics: () => admin.listTopics(),
    async createTopics(topics) {
      for (const t of topics)
        await admin.createTopics({
          topics: [t.topic],
          partitions: t.partitions,
          replicas: t.replicationFactor,
          configs: Object.entries(t.config ?? {}).map(([name, value]) => ({ name, value })),
        });
    },
    deleteTopics: ({ topics }) => admin.deleteTopics({ topics: [...topics] }),
    fetchTopicMetadata: async (topics) =>
      (await partitionsOf(topics)).map(({ topic, partitions }) => ({
        topic,
        partitions: partitions.map((p, partition) => ({ partition, leader: p.leader })),
      })),
    async fetchTopicOffsets(topic) {
      const [{ partitions } = { partitions: [] }] = await partitionsOf([topic]);
      const [low, high] = await Promise.all([
        listed(topic, partitions.length, EARLIEST),
        listed(topic, partitions.length, LATEST),
      ]);
      return partitions.map((_, partition) => ({
        partition,
        low: low.get(partition) ?? '0',
        high: high.get(partition) ?? '0',
      }));
    },
    async fetchOffsets({ groupId, topics }) {
      const wanted = topics && (await partitionsOf(topics));
      const [group] = await admin.listConsumerGroupOffsets({
        groups: [
          wanted
            ? {
                groupId,
                topics: wanted.map((t) => ({ name: t.topic, partitionIndexes: t.partitions.map((_, i) => i) })),
              }
            : groupId,
        ],
      });
      return (group?.topics ?? []).map((t) => ({
        topic: t.name,
        partitions: t.partitions.map((p) => ({ partition: p.partitionIndex, offset: p.committedOffset.toString() })),
      }));
    },
    setOffsets: ({ groupId, topic, partitions }) =>
      admin.alterConsumerGroupOffsets({
        groupId,
        topics: [
          {
            name: topic,
            partitionOffsets: partitions.map((p) => ({ partition: p.partition, offset: BigInt(p.offset) })),
          },
        ],
      }),
    listGroups: async () => [...(await admin.listGroups()).keys()],
    describeGroups: async (groupIds) =>
      [...(await admin.describeGroups({ groups: [...groupIds] })).values()].map((g) => ({
        groupId: g.id,
        state: g.state,
        members: g.members.size,
      })),
    deleteGroups: (groupIds) => admin.deleteGroups({ groups: [...groupIds] }),
  };
  return withRetriableErrors(port);
}

/** Every operation's errors marked as the port promises. */
function withRetriableErrors(admin: KafkaAdmin): KafkaAdmin {
  const wrapped: Record<string, unknown> = {};
  for (const [name, operation] of Object.entries(admin))
    wrapped[name] = (...args: unknown[]) =>
      retriableErrors(() => (operation as (...a: unknown[]) => Promise<unknown>)(...args));
  return wrapped as unknown as KafkaAdmin;
}
