import type { Kafka } from 'kafkajs';
import type { KafkaAdmin } from '../port/admin.ts';

export function kafkajsAdmin(kafka: Kafka): KafkaAdmin {
  const admin = kafka.admin();
  return {
    connect: () => admin.connect(),
    disconnect: () => admin.disconnect(),
    describeCluster: async () => ({ brokers: (await admin.describeCluster()).brokers.length }),
    listTopics: () => admin.listTopics(),
    async createTopics(topics) {
      await admin.createTopics({
        // Waiting for leaders is the caller's (ensureTopics), which waits out more answers than kafkajs does.
        waitForLeaders: false,
        topics: topics.map((t) => ({
          topic: t.topic,
          numPartitions: t.partitions,
          replicationFactor: t.replicationFactor,
          configEntries: Object.entries(t.config ?? {}).map(([name, value]) => ({ name, value })),
        })),
      });
    },
    deleteTopics: ({ topics }) => admin.deleteTopics({ topics: [...topics] }),
    async fetchTopicMetadata(topics) {
      const { topics: found } = await admin.fetchTopicMetadata({ topics: [...topics] });
      return found.map((t) => ({
        topic: t.name,
        partitions: t.partitions.map((p) => ({ partition: p.partitionId, leader: p.leader })),
      }));
    },
    fetchTopicOffsets: async (topic) =>
      (await admin.fetchTopicOffsets(topic)).map(({ partition, low, high }) => ({ partition, low, high })),
    async fetchOffsets({ groupId, topics }) {
      const found = await admin.fetchOffsets({ groupId, ...(topics && { topics: [...topics] }) });
      return found.map((t) => ({
        topic: t.topic,
        partitions: t.partitions.map(({ partition, offset }) => ({ partition, offset })),
      }));
    },
    setOffsets: ({ groupId, topic, partitions }) => admin.setOffsets({ groupId, topic, partitions: [...partitions] }),
    listGroups: async () => (await admin.listGroups()).groups.map((g) => g.groupId),
    describeGroups: async (groupIds) =>
      (await admin.describeGroups([...groupIds])).groups.map((g) => ({
        groupId: g.groupId,
        state: g.state,
        members: g.members.length,
      })),
    async deleteGroups(groupIds) {
      await admin.deleteGroups([...groupIds]);
    },
  };
}
