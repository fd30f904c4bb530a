import type { KafkaAdmin, KafkaClient } from '@tianfu/messaging';
import { committedOffsets } from './kafka-offsets.ts';
import { rangeKey } from './partition-ranges.ts';

/**
 * Every instance of the career service keeps the whole talent pool in memory, so each follows
 * every partition itself: a replica of the projection, in a consumer group of its own per set
 * (`<projection group of the set>-<replica>`), writing the same insert-only facts and recomputed
 * summaries as the others (each write is idempotent). Shared by all, one group would give each
 * instance's memory only its own partitions' workers.
 *
 * A replica's new group does not start from offset 0: before the instance loads the set from the
 * database, the group is set to where the set's other groups stand (per partition the lowest, the
 * running ones preferred), since everything before that is in the database already; the events
 * after are applied again, which changes nothing.
 */
export interface ReplicaGroups {
  /** The group this instance reads the set in. */
  groupOf(set: string): string;
  /** Before the set is loaded: a group of ours that never committed starts where the set's others stand. */
  claim(set: string): Promise<void>;
}

/** A broker just started answers "coordinator loading" for a while: the claim waits that out. */
const CLAIM_ATTEMPTS = 12;
const isRetriable = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { retriable?: unknown }).retriable === true;

export function replicaGroups(
  kafka: KafkaClient,
  setGroup: (set: string) => string,
  replica: string,
  topics: readonly string[],
  backoffMs = (attempt: number) => Math.min(5_000, 100 * 2 ** attempt),
): ReplicaGroups {
  const groupOf = (set: string) => `${setGroup(set)}-${replica}`;
  const claimOnce = async (set: string) => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await claimGroup(admin, groupOf(set), setGroup(set), topics);
    } finally {
      await admin.disconnect();
    }
  };
  return {
    groupOf,
    async claim(set) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await claimOnce(set);
        } catch (error) {
          if (!isRetriable(error) || attempt >= CLAIM_ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
        }
      }
    },
  };
}

async function claimGroup(
  admin: KafkaAdmin,
  group: string,
  setGroup: string,
  topics: readonly string[],
): Promise<void> {
  if ((await committedOffsets(admin, group, topics)).size > 0) return;
  const siblings = (await admin.listGroups()).filter(
    (id) => id !== group && (id === setGroup || id.startsWith(`${setGroup}-`)),
  );
  if (siblings.length === 0) return;
  const described = await admin.describeGroups(siblings);
  const running = described.filter((g) => g.state === 'Stable').map((g) => g.groupId);
  const from = await Promise.all(
    (running.length > 0 ? running : siblings).map((id) => committedOffsets(admin, id, topics)),
  );
  for (const topic of topics) {
    const partitions = (await admin.fetchTopicOffsets(topic)).flatMap(({ partition }) => {
      const offsets = from.map((committed) => committed.get(rangeKey({ topic, partition })));
      // A sibling that never committed here read from the start: so does this group.
      if (offsets.some((offset) => offset === undefined)) return [];
      return [{ partition, offset: String(Math.min(...(offsets as number[]))) }];
    });
    if (partitions.length > 0) await admin.setOffsets({ groupId: group, topic, partitions });
  }
}
