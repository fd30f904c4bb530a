import type { KafkaAdmin } from './port/admin.ts';

export interface TopicSpec {
  readonly partitions: number;
  /** -1 keeps every message: topics are the integration log that projections replay from 0. */
  readonly retentionMs: number;
}

export const defaultTopicSpec: TopicSpec = { partitions: 6, retentionMs: -1 };

/** Creates the topics that do not exist yet, and waits for their leaders. Safe to call again. */
export async function ensureTopics(
  admin: KafkaAdmin,
  topics: readonly string[],
  spec: TopicSpec = defaultTopicSpec,
): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((t) => !existing.has(t));
  if (missing.length === 0) return [];
  await admin.createTopics(
    missing.map((topic) => ({
      topic,
      partitions: spec.partitions,
      replicationFactor: 1,
      config: { 'retention.ms': String(spec.retentionMs) },
    })),
  );
  await waitForLeaders(admin, missing, LEADERS_TIMEOUT_MS);
  return missing;
}

const LEADERS_TIMEOUT_MS = 60_000;

/**
 * Until every partition of `topics` has a leader. A KRaft broker first answers a topic it has just
 * created, or is still loading after a restart, with UNKNOWN_TOPIC_OR_PARTITION (kafkajs's own
 * wait retried only LEADER_NOT_AVAILABLE: `npm start` on a platform that gained a topic failed on
 * it). Any retriable answer is waited out.
 */
export async function waitForLeaders(admin: KafkaAdmin, topics: readonly string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await whileRetriable(() => admin.fetchTopicMetadata(topics), timeoutMs);
    if (found.every((t) => t.partitions.every((p) => p.leader >= 0))) return;
    if (Date.now() > deadline) throw new Error(`topics without a leader after ${timeoutMs} ms: ${topics.join(', ')}`);
    await pause();
  }
}

/**
 * Runs `run` again while it fails with an error the client marks retriable (a partition whose leader
 * is moving or still loading), for up to `timeoutMs`; any other error at once.
 */
export async function whileRetriable<T>(run: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!isRetriable(error) || Date.now() > deadline) throw error;
      await pause();
    }
  }
}

const pause = () => new Promise((r) => setTimeout(r, 200));

/** Retries describeCluster until the broker answers (a fresh broker takes a few seconds). */
export async function waitForBroker(admin: KafkaAdmin, timeoutMs: number): Promise<void> {
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

// Every adapter marks such errors `retriable` (see KafkaAdmin).
const isRetriable = (error: unknown): boolean =>
  error instanceof Error && (error as Error & { retriable?: unknown }).retriable === true;
