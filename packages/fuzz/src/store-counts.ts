import { setTimeout as sleep } from 'node:timers/promises';
import type { MongoClient } from 'mongodb';

/** Documents per `db.collection`: what a rejected request must leave as it was. */
export type StoreCounts = ReadonlyMap<string, number>;

// A relay's lease documents come and go with time, not with requests.
const moving = new Set(['leases']);

export async function storeCounts(client: MongoClient, databases: readonly string[]): Promise<StoreCounts> {
  const counts = new Map<string, number>();
  for (const name of databases) {
    const db = client.db(name);
    for (const { name: collection } of await db.listCollections({}, { nameOnly: true }).toArray()) {
      if (moving.has(collection) || collection.startsWith('system.')) continue;
      counts.set(`${name}.${collection}`, await db.collection(collection).countDocuments());
    }
  }
  return counts;
}

/** "db.collection: before → after" for every count that differs. */
export function changedCounts(before: StoreCounts, after: StoreCounts): string[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names
    .filter((name) => (before.get(name) ?? 0) !== (after.get(name) ?? 0))
    .map((name) => `${name}: ${before.get(name) ?? 0} → ${after.get(name) ?? 0}`);
}

/**
 * The changes no accepted request explains: any change when every request was refused; else a
 * new commit in the store of a service that accepted no write (projections and the shared keys
 * follow accepted writes of other services, so they are not held against it).
 */
export function unexplainedChanges(before: StoreCounts, after: StoreCounts, written: ReadonlySet<string>): string[] {
  const changed = changedCounts(before, after);
  if (written.size === 0) return changed;
  return changed.filter((line) => {
    const [database = '', collection = ''] = line.slice(0, line.indexOf(':')).split('.');
    return collection === 'commits' && !written.has(database);
  });
}

/** The counts once two readings `settleMs` apart agree (projections of earlier writes caught up). */
export async function settledCounts(
  client: MongoClient,
  databases: readonly string[],
  { settleMs = 2_000, timeoutMs = 120_000 } = {},
): Promise<StoreCounts> {
  const deadline = Date.now() + timeoutMs;
  let last = await storeCounts(client, databases);
  for (;;) {
    await sleep(settleMs);
    const now = await storeCounts(client, databases);
    if (changedCounts(last, now).length === 0 || Date.now() > deadline) return now;
    last = now;
  }
}
