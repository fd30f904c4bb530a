import { type Admin, Kafka, logLevel } from 'kafkajs';

export interface TopicSpec {
  readonly partitions: number;
  /** -1 keeps every message: topics are the integration log that projections replay from 0. */
  readonly retentionMs: number;
}

export const defaultTopicSpec: TopicSpec = { partitions: 6, retentionMs: -1 };

/** Creates the topics that do not exist yet, and waits for their leaders. Safe to call again. */
export async function ensureTopics(
  admin: Admin,
  topics: readonly string[],
  spec: TopicSpec = defaultTopicSpec,
): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((t) => !existing.has(t));
  if (missing.length === 0) return [];
  await admin.createTopics({
    waitForLeaders: true,
    topics: missing.map((topic) => ({
      topic,
      numPartitions: spec.partitions,
      replicationFactor: 1,
      configEntries: [{ name: 'retention.ms', value: String(spec.retentionMs) }],
    })),
  });
  return missing;
}

/** Retries describeCluster until the broker answers (a fresh broker takes a few seconds). */
export async function waitForBroker(admin: Admin, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await admin.describeCluster();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export function kafkaClient(brokers: readonly string[], clientId: string): Kafka {
  return new Kafka({ clientId, brokers: [...brokers], logLevel: logLevel.NOTHING, retry: { retries: 8 } });
}
