import type { WorkerId } from '@tianfu/contracts';
import type { DataKey } from './data-key.ts';

export interface RecentKeys {
  /** The remembered keys of these workers that are still fresh. */
  take(workerIds: readonly WorkerId[]): Map<WorkerId, DataKey>;
  remember(keys: ReadonlyMap<WorkerId, DataKey>): void;
  forget(workerId: WorkerId): void;
}

/**
 * Keys this process read from or wrote to the key collection in the last `reuseMs`, for sealing
 * only: an enrolment seals the names before the command and the records after it, and on
 * FerretDB a sheet's keys cost a bulk insert at least, and a read by `_id` each for known workers.
 * Opening always reads the collection, so an erased key opens nothing at once; sealing under a
 * key erased elsewhere within `reuseMs` only makes data that reads as erased.
 */
export function recentKeys(clock: () => Date, reuseMs: number, capacity: number): RecentKeys {
  const entries = new Map<WorkerId, { readonly key: DataKey; readonly until: number }>();
  return {
    take(workerIds) {
      const now = clock().getTime();
      const fresh = new Map<WorkerId, DataKey>();
      for (const workerId of workerIds) {
        const entry = entries.get(workerId);
        if (entry !== undefined && entry.until > now) fresh.set(workerId, entry.key);
      }
      return fresh;
    },
    remember(keys) {
      const until = clock().getTime() + reuseMs;
      for (const [workerId, key] of keys) {
        entries.delete(workerId);
        entries.set(workerId, { key, until });
      }
      // Oldest first in insertion order: drop them until the memory is back within bounds.
      for (const workerId of entries.keys()) {
        if (entries.size <= capacity) break;
        entries.delete(workerId);
      }
    },
    forget(workerId) {
      entries.delete(workerId);
    },
  };
}
