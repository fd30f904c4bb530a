import type { Admin } from 'kafkajs';
import type { Db } from 'mongodb';
import type { ReadinessCheck } from './readiness.ts';

/** Ready when the MongoDB-wire server answers a ping on this database. */
export const mongoReadiness = (db: Pick<Db, 'command'>, timeoutMs?: number): ReadinessCheck => ({
  name: 'mongodb',
  check: () => db.command({ ping: 1 }),
  timeoutMs,
});

/** Ready when a broker answers with the cluster's metadata; the admin client must be connected. */
export const kafkaReadiness = (admin: Pick<Admin, 'describeCluster'>, timeoutMs?: number): ReadinessCheck => ({
  name: 'kafka',
  check: () => admin.describeCluster(),
  timeoutMs,
});

/**
 * Ready once something held in memory has caught up with its topic (`caughtUp` settled); until then
 * the check fails at once rather than waiting out its timeout.
 */
export function caughtUpReadiness(name: string, held: { readonly caughtUp: Promise<unknown> }): ReadinessCheck {
  let caughtUp = false;
  void held.caughtUp.then(() => {
    caughtUp = true;
  });
  return {
    name,
    check: async () => {
      if (!caughtUp) throw new Error(`${name} has not caught up with its topic yet`);
    },
  };
}
