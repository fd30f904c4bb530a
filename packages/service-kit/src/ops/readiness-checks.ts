import type { KafkaAdmin } from '@tianfu/messaging';
import type { Db } from 'mongodb';
import type { ReadinessCheck } from './readiness.ts';

/** Ready when the MongoDB-wire server answers a ping on this database. */
export const mongoReadiness = (db: Pick<Db, 'command'>, timeoutMs?: number): ReadinessCheck => ({
  name: 'mongodb',
  check: () => db.command({ ping: 1 }),
  timeoutMs,
});

/** Ready when a broker answers with the cluster's metadata; the admin client must be connected. */
export const kafkaReadiness = (admin: Pick<KafkaAdmin, 'describeCluster'>, timeoutMs?: number): ReadinessCheck => ({
  name: 'kafka',
  check: () => admin.describeCluster(),
  timeoutMs,
});

/** Ready once `caughtUp` settles: a view a service holds in memory from a topic, read to the end it had at start. */
export const caughtUpReadiness = (name: string, caughtUp: Promise<unknown>, timeoutMs?: number): ReadinessCheck => ({
  name,
  check: () => caughtUp,
  timeoutMs,
});

/** Ready while a consumer is in its group: one that has not joined yet, or crashed and waits to rejoin, is not reading. */
export const membershipReadiness = (name: string, inGroup: () => boolean): ReadinessCheck => ({
  name,
  check: async () => {
    if (!inGroup()) throw new Error(`${name} is not in its consumer group`);
  },
});
